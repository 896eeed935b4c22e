package org.educloud.platform.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How session attributes are written to and read from the database: Java serialization, as Spring Session does it,
 * except that an attribute this release cannot read any more counts as absent. A record kept in a session (a flash
 * message's receipt, the security context) changes shape with the code; a session stored by the release before would
 * otherwise fail every page its owner opens until it expires. Absent, the flash message is not shown and an
 * unreadable security context means signing in again.
 */
final class StoredSessionAttributes {

    private static final Logger LOG = LoggerFactory.getLogger(StoredSessionAttributes.class);

    private StoredSessionAttributes() {
    }

    static GenericConversionService conversionService(ClassLoader classLoader) {
        GenericConversionService service = new GenericConversionService();
        service.addConverter(Object.class, byte[].class, new SerializingConverter());
        service.addConverter(byte[].class, Object.class, new Forgiving(new DeserializingConverter(classLoader)));
        return service;
    }

    private record Forgiving(DeserializingConverter reading) implements Converter<byte[], Object> {

        @Override
        public Object convert(byte[] stored) {
            try {
                return reading.convert(stored);
            } catch (SerializationFailedException unreadable) {
                // the attribute's class changed or is gone: its owner loses this attribute, not the session
                LOG.warn("A stored session attribute cannot be read by this release and counts as absent: {}",
                        unreadable.getMostSpecificCause().toString());
                return null;
            }
        }
    }
}
