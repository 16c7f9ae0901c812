/**
 * Pinyin spellings of people's names, so that coordinators can find 曾小贤 by typing
 * {@code zengxiaoxian} or {@code zxx}, with surnames read the way families read them.
 */
package org.carepool.registry.naming;
