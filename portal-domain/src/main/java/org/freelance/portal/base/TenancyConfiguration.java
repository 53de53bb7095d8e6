package org.freelance.portal.base;

import java.util.Map;

import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Discriminator multi-tenancy: every community-owned entity extends {@link TenantScopedEntity}
 * and Hibernate filters and stamps its tenant column from {@link CurrentTenant}. Hibernate Search
 * follows the same tenant automatically.
 */
@Configuration(proxyBeanMethods = false)
public class TenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer tenantResolverCustomizer(CurrentTenant currentTenant) {
        CurrentTenantIdentifierResolver<String> resolver = new CurrentTenantIdentifierResolver<>() {
            @Override
            public String resolveCurrentTenantIdentifier() {
                return currentTenant.getOrNone();
            }

            @Override
            public boolean validateExistingCurrentSessions() {
                return false;
            }
        };
        return (Map<String, Object> properties) ->
                properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
    }
}
