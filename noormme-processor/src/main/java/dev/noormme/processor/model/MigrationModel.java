package dev.noormme.processor.model;

import com.squareup.javapoet.ClassName;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One {@code @Migration} class, as the ServiceFactory lists it.
 *
 * @param version the version as written ({@code 2_1} stays {@code 2_1}; Flyway reads it as 2.1)
 * @param description the description
 * @param type the migration class
 */
public record MigrationModel(String version, String description, ClassName type) {

    /** Version order, as Flyway applies them: numerically, part by part. */
    public static final Comparator<MigrationModel> BY_VERSION = (a, b) -> compare(a.parts(), b.parts());

    /** The version's numbers without trailing zeros: {@code 1.0} and {@code 1_0} and {@code 1} are one version. */
    public List<BigInteger> parts() {
        List<BigInteger> parts = new ArrayList<>();
        for (String part : version.split("[._]")) {
            parts.add(new BigInteger(part));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return List.copyOf(parts);
    }

    private static int compare(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int order = x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
