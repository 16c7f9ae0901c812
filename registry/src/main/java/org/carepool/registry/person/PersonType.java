package org.carepool.registry.person;

/**
 * The kinds of help a person gives; a person may be several.
 */
public enum PersonType {

	/** Gives time: visits, companionship, events. */
	VOLUNTEER,
	/** Gives professional expertise: psychology, law, social work, health. */
	EXPERT,
	/** Teaches: health education, youth health sessions. */
	INSTRUCTOR

}
