/**
 * Realistic, reproducible synthetic people for seeding, demos, benchmarks and the
 * matching quality set: the same seed always gives the same people, and nobody real.
 */
package org.carepool.registry.synthetic;
