package dev.kfj.argo.yaml.internal;

import io.fabric8.kubernetes.api.model.Quantity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/** Writes a fabric8 {@link Quantity} as its string form ({@code "500m"}) and reads it back. */
final class QuantitySerde {

    private QuantitySerde() {}

    /** Writes {@code amount + format}, the Kubernetes wire form. */
    static final class Writer extends ValueSerializer<Quantity> {
        @Override
        public void serialize(Quantity value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toString());
        }

        @Override
        public boolean isEmpty(SerializationContext ctxt, Quantity value) {
            return value == null || value.toString().isEmpty();
        }
    }

    /** Reads a string or a number. */
    static final class Reader extends ValueDeserializer<Quantity> {
        @Override
        public Quantity deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return new Quantity(p.getString());
            }
            return (Quantity) ctxt.handleUnexpectedToken(Quantity.class, p);
        }
    }
}
