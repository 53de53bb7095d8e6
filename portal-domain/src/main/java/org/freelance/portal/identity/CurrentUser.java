package org.freelance.portal.identity;

import java.util.Optional;

import org.freelance.portal.base.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person, read from the security context of the current request. */
@Component
public class CurrentUser {

    public Optional<PortalPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public Optional<Long> id() {
        return principal().map(PortalPrincipal::userId);
    }

    /** The signed-in person's id; throws {@link AccessDeniedException} for anonymous callers. */
    public Long requireId() {
        return id().orElseThrow(AccessDeniedException::new);
    }
}
