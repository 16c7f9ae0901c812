/**
 * Public recruitment (招募注册): anyone applies as a volunteer or for the expert pool,
 * without signing in, protected against abuse without third-party services; and, once
 * vetted, links their account with a code sent to them.
 */
package org.carepool.ui.apply;
