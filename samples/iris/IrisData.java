package dev.kfj.samples.iris;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Rows of the Iris table as the steps pass them to one another: a CSV file with the header
 * {@link #HEADER}, four measurements in centimetres and the species.
 */
final class IrisData {
    /** The columns, in order. */
    static final List<String> HEADER = List.of("sepal_length", "sepal_width", "petal_length", "petal_width", "species");
    /** The measurement columns: the model's features. */
    static final String[] FEATURES = HEADER.subList(0, 4).toArray(String[]::new);
    /** The three species of the data set. */
    static final List<String> SPECIES = List.of("setosa", "versicolor", "virginica");

    private IrisData() {}

    /**
     * One flower.
     *
     * @param measurements sepal length and width, petal length and width, in centimetres
     * @param species the species
     */
    record Row(double[] measurements, String species) {
        String toCsv() {
            StringBuilder line = new StringBuilder();
            for (double m : measurements) line.append(format(m)).append(',');
            return line.append(species).toString();
        }
    }

    /** Reads a CSV written by {@link #write}, or a validated raw file. */
    static List<Row> read(Path csv) {
        List<String> lines = lines(csv);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] cells = line.split(",", -1);
            double[] values = new double[4];
            for (int i = 0; i < 4; i++) values[i] = Double.parseDouble(cells[i].trim());
            rows.add(new Row(values, cells[4].trim()));
        }
        return rows;
    }

    /** Writes {@code rows} with the header to {@code csv}. */
    static void write(Path csv, List<Row> rows) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (Row row : rows) out.append(row.toCsv()).append('\n');
        try {
            Files.writeString(csv, out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of {@code csv}. */
    static List<String> lines(Path csv) {
        try {
            return Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows as a Tribuo data set: four features and the species as the label. */
    static MutableDataset<Label> toTribuo(List<Row> rows, String description) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance(description, labels), labels);
        for (Row row : rows) {
            data.add(new ArrayExample<>(new Label(row.species()), FEATURES, row.measurements()));
        }
        return data;
    }

    private static String format(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text + "0" : text;
    }
}
