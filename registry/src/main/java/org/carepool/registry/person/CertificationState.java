package org.carepool.registry.person;

/**
 * Whether a coordinator has checked a certification against its original.
 */
public enum CertificationState {

	/** Not checked yet, or changed since it was checked. */
	UNVERIFIED,
	/** Checked and accepted. */
	VERIFIED,
	/** Checked and refused, with a reason. */
	REJECTED

}
