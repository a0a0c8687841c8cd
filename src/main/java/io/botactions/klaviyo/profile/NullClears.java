package io.botactions.klaviyo.profile;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an {@code Optional} record component in three states: an omitted member is {@code null}, an explicit JSON
 * {@code null} is {@link Optional#empty()}, a value is {@link Optional#of}. Jackson's own {@code Optional} support
 * reads an omitted member as empty too, which would make every omitted attribute a clear.
 */
class NullClears extends StdDeserializer<Optional<?>> implements ContextualDeserializer {

    private final JavaType content;

    NullClears() {
        this(null);
    }

    private NullClears(JavaType content) {
        super(Optional.class);
        this.content = content;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return new NullClears(property.getType().containedType(0));
    }

    @Override
    public Optional<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return Optional.ofNullable(context.readValue(parser, content));
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext context) {
        return Optional.empty();
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
        return null;
    }
}
