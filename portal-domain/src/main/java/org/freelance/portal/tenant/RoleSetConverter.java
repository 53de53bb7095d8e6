package org.freelance.portal.tenant;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a set of roles as "ADMIN,MEMBER" in one column, in a stable order. */
@Converter
class RoleSetConverter implements AttributeConverter<Set<Role>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Role> roles) {
        return roles == null ? "" : roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Role> convertToEntityAttribute(String column) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
