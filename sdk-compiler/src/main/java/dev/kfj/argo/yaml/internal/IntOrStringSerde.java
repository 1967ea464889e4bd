package dev.kfj.argo.yaml.internal;

import io.fabric8.kubernetes.api.model.IntOrString;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/** Writes a fabric8 {@link IntOrString} as a bare int or string and reads either back. */
final class IntOrStringSerde {

    private IntOrStringSerde() {}

    /** Writes the int or the string; nothing else is legal. */
    static final class Writer extends ValueSerializer<IntOrString> {
        @Override
        public void serialize(IntOrString value, JsonGenerator gen, SerializationContext ctxt) {
            if (value.getIntVal() != null) {
                gen.writeNumber(value.getIntVal());
            } else if (value.getStrVal() != null) {
                gen.writeString(value.getStrVal());
            } else {
                gen.writeNull();
            }
        }

        @Override
        public boolean isEmpty(SerializationContext ctxt, IntOrString value) {
            return value == null || value.getValue() == null;
        }
    }

    /** Reads an int token as int and anything scalar else as string. */
    static final class Reader extends ValueDeserializer<IntOrString> {
        @Override
        public IntOrString deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT) {
                return new IntOrString(p.getIntValue());
            }
            if (t != null && t.isScalarValue()) {
                return new IntOrString(p.getString());
            }
            return (IntOrString) ctxt.handleUnexpectedToken(IntOrString.class, p);
        }
    }
}
