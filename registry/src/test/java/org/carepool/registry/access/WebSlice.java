package org.carepool.registry.access;

import org.carepool.registry.api.ApiProperties;
import org.carepool.registry.api.QuotaProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice of the registry needs beyond the controllers, their
 * advice and the filters the slice picks up itself: the resource-server security chain
 * and its problem answers as in production, with the test callers' tokens
 * ({@link CallerTokens}) in place of real token validation, and the settings the filters
 * read (a slice scans no configuration properties).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ AccessConfiguration.class, ProblemResponses.class, CallerTokens.class })
@EnableConfigurationProperties({ ApiProperties.class, QuotaProperties.class, AccessProperties.class })
public class WebSlice {

}
