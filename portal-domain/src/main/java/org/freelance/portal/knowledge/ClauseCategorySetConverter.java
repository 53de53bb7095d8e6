package org.freelance.portal.knowledge;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.freelance.portal.review.analysis.ClauseCategory;

/** Stores the clause categories of an article as "NON_COMPETE,PAYMENT_TERMS", in a stable order. */
@Converter
class ClauseCategorySetConverter implements AttributeConverter<Set<ClauseCategory>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ClauseCategory> categories) {
        return categories == null ? "" : categories.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ClauseCategory> convertToEntityAttribute(String column) {
        EnumSet<ClauseCategory> categories = EnumSet.noneOf(ClauseCategory.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(ClauseCategory::valueOf).forEach(categories::add);
        }
        return categories;
    }
}
