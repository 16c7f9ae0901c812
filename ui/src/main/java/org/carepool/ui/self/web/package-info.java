/**
 * The self-service screens: my profile and my work.
 */
package org.carepool.ui.self.web;
