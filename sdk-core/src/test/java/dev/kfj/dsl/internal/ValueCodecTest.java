package dev.kfj.dsl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kfj.dsl.DataType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueCodecTest {
    enum Colour { RED, GREEN }

    @Test
    void encodesEachKindInItsOneTextForm() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", List.of(true, "x"));
        assertThat(ValueCodec.encode("as is {x}")).isEqualTo("as is {x}");
        assertThat(ValueCodec.encode(42)).isEqualTo("42");
        assertThat(ValueCodec.encode(42L)).isEqualTo("42");
        assertThat(ValueCodec.encode(0.001)).isEqualTo("0.001");
        assertThat(ValueCodec.encode(1.5e-7)).isEqualTo("0.00000015");
        assertThat(ValueCodec.encode(2.0)).isEqualTo("2.0");
        assertThat(ValueCodec.encode(true)).isEqualTo("true");
        assertThat(ValueCodec.encode(Colour.GREEN)).isEqualTo("GREEN");
        assertThat(ValueCodec.encode(List.of("a", "b"))).isEqualTo("[\"a\",\"b\"]");
        assertThat(ValueCodec.encode(map)).isEqualTo("{\"a\":[true,\"x\"],\"z\":1}");
    }

    @Test
    void decodesToTheDeclaredJavaType() {
        assertThat(ValueCodec.decode("7", DataType.INT)).isEqualTo(7).isInstanceOf(Integer.class);
        assertThat(ValueCodec.decode(" 7 ", DataType.LONG)).isEqualTo(7L).isInstanceOf(Long.class);
        assertThat(ValueCodec.decode("0.5", DataType.DOUBLE)).isEqualTo(0.5).isInstanceOf(Double.class);
        assertThat(ValueCodec.decode("1.5", DataType.of(Float.class))).isEqualTo(1.5f).isInstanceOf(Float.class);
        assertThat(ValueCodec.decode("TRUE", DataType.BOOLEAN)).isEqualTo(true);
        assertThat(ValueCodec.decode("RED", DataType.of(Colour.class))).isEqualTo(Colour.RED);
        assertThat(ValueCodec.decode("[1,2]", DataType.listOf(Integer.class))).isEqualTo(List.of(1, 2));
        assertThat(ValueCodec.decode("{\"k\":0.5}", DataType.mapOf(Double.class))).isEqualTo(Map.of("k", 0.5));
    }

    @Test
    void roundTripsEveryKind() {
        Object[][] cases = {
            {"text with \"quotes\"\nand lines", DataType.STRING},
            {Integer.MIN_VALUE, DataType.INT},
            {Long.MAX_VALUE, DataType.LONG},
            {-1.25e-9, DataType.DOUBLE},
            {false, DataType.BOOLEAN},
            {Colour.GREEN, DataType.of(Colour.class)},
            {List.of("ü", "✓"), DataType.listOf(String.class)},
        };
        for (Object[] c : cases) {
            DataType<?> type = (DataType<?>) c[1];
            assertThat(ValueCodec.decode(ValueCodec.encode(c[0]), type)).as("%s", c[0]).isEqualTo(c[0]);
        }
    }

    @Test
    void rejectsTextThatIsNotOfTheType() {
        assertThatThrownBy(() -> ValueCodec.decode("ten", DataType.INT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected Integer but got 'ten'");
        assertThatThrownBy(() -> ValueCodec.decode("maybe", DataType.BOOLEAN))
                .hasMessage("expected Boolean but got 'maybe'");
        assertThatThrownBy(() -> ValueCodec.decode("[1,", DataType.listOf(Integer.class)))
                .hasMessage("expected List<Integer> but got '[1,'");
    }
}
