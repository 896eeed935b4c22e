package org.educloud.tenancy.orgs;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.educloud.tenancy.Stage;

/** Stores a school's stages as {@code PRIMARY,JUNIOR}: a short, readable, queryable column. */
@Converter
public class StageSetConverter implements AttributeConverter<Set<Stage>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Stage> stages) {
        if (stages == null || stages.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(stages).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Stage> convertToEntityAttribute(String column) {
        EnumSet<Stage> stages = EnumSet.noneOf(Stage.class);
        if (column != null && !column.isBlank()) {
            for (String part : column.split(",")) {
                stages.add(Stage.valueOf(part.strip()));
            }
        }
        return stages;
    }
}
