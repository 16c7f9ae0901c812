/**
 * People the association can call on — volunteers, experts and instructors — with their
 * skills, languages, certifications, availability, consents and training, kept by
 * coordinators and, for their own profile, by the people themselves.
 */
package org.carepool.registry.person;
