package dev.noormme.processor.model;

import com.squareup.javapoet.ClassName;

/** The naming rules shared by readers and writers: generated type names and snake_case. */
public final class Names {

    private Names() {
    }

    /**
     * The name of a type generated for {@code source}, in the same package: nested types are
     * flattened with underscores, so {@code Outer.Inner} gives {@code Outer_Inner<suffix>}.
     */
    public static ClassName generatedName(ClassName source, String suffix) {
        return ClassName.get(source.packageName(), String.join("_", source.simpleNames()) + suffix);
    }

    /**
     * {@code displayName} → {@code display_name}, {@code URLValue} → {@code url_value},
     * {@code userID} → {@code user_id}.
     */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLowerOrDigit = i > 0
                        && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
                boolean endsAcronym = i > 0 && Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (afterLowerOrDigit || endsAcronym) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code UsersRepository} → {@code usersRepository}; {@code URLRepository} → {@code urlRepository}. */
    public static String lowerCamel(String simpleName) {
        int upper = 0;
        while (upper < simpleName.length() && Character.isUpperCase(simpleName.charAt(upper))) {
            upper++;
        }
        if (upper == 0) {
            return simpleName;
        }
        // Keep the last capital of an acronym when a word follows it: URLRepository → urlRepository.
        int lowerUpTo = upper == 1 || upper == simpleName.length() ? upper : upper - 1;
        return simpleName.substring(0, lowerUpTo).toLowerCase(java.util.Locale.ROOT) + simpleName.substring(lowerUpTo);
    }
}
