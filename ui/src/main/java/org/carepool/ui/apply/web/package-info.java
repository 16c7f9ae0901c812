/**
 * The recruitment screens: {@code /apply} (public) and {@code /link-account}.
 */
package org.carepool.ui.apply.web;
