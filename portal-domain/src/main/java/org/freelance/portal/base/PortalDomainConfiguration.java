package org.freelance.portal.base;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
public class PortalDomainConfiguration {
}
