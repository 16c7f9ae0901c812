/**
 * Self-service for experts, volunteers and instructors: their own profile, weekly
 * availability, certificates, consent and agreement, their invitations and assignments,
 * and their record.
 */
package org.carepool.ui.self;
