/**
 * Expert draws (随机抽取): experts picked at random, replayably, for lectures and panels,
 * with quotas per specialty, avoidance, rotation and no time clashes.
 */
package org.carepool.registry.draw;
