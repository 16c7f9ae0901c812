/**
 * Partner organisations — trade unions, the women's federation, the Red Cross, street
 * associations, companies — that ask the association for help.
 */
package org.carepool.registry.organisation;
