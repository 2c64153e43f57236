package org.liaison.store.internal.capture;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The field map of a captured change as JSON. Values are reduced to what JSON holds: text,
 * numbers, booleans and null; UUIDs, dates and times become ISO-8601 text, binary Base64.
 */
public final class ChangeJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ChangeJson() {
    }

    public static String write(Map<String, Object> fields) {
        StringWriter out = new StringWriter(64 + fields.size() * 24);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                json.writeFieldName(field.getKey());
                writeValue(json, field.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            json.writeNumber(i);
        } else if (value instanceof Double || value instanceof Float) {
            json.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof byte[] bytes) {
            json.writeString(Base64.getEncoder().encodeToString(bytes));
        } else if (value instanceof Object[] array) {
            json.writeStartArray();
            for (Object element : array) {
                writeValue(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof java.sql.Timestamp t) {
            json.writeString(t.toLocalDateTime().toString());
        } else if (value instanceof java.sql.Date d) {
            json.writeString(d.toLocalDate().toString());
        } else if (value instanceof java.sql.Time t) {
            json.writeString(t.toLocalTime().toString());
        } else if (value instanceof UUID || value instanceof TemporalAccessor) {
            json.writeString(value.toString());
        } else {
            json.writeString(value.toString());
        }
    }

    public static Map<String, Object> read(String text) {
        try (JsonParser json = JSON.createParser(text)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("change fields must be a JSON object: " + text);
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                fields.put(name, readValue(json));
            }
            return fields;
        } catch (IOException e) {
            throw new IllegalArgumentException("change fields are not valid JSON: " + e.getMessage(), e);
        }
    }

    private static Object readValue(JsonParser json) throws IOException {
        return switch (json.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_STRING -> json.getText();
            case VALUE_NUMBER_INT -> json.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? json.getBigIntegerValue() : (Object) json.getLongValue();
            case VALUE_NUMBER_FLOAT -> json.getDecimalValue();
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(json));
                }
                yield list;
            }
            default -> throw new IllegalArgumentException("unexpected JSON in change fields: " + json.currentToken());
        };
    }
}
