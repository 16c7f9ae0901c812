package org.carepool.registry.person;

/**
 * How a training ended.
 */
public enum TrainingResult {

	/** Passed the assessment. */
	PASSED,
	/** Did not pass. */
	FAILED,
	/** Attended a course without assessment. */
	ATTENDED

}
