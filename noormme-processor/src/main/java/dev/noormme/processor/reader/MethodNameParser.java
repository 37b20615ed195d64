package dev.noormme.processor.reader;

import dev.noormme.processor.model.DerivedQuery;
import dev.noormme.processor.model.DerivedQuery.Condition;
import dev.noormme.processor.model.DerivedQuery.SortKey;
import dev.noormme.processor.model.DerivedQuery.Subject;
import dev.noormme.processor.model.Operator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a derived query method name against an entity's properties, without looking at any
 * element: {@code findTop3ByStatusAndAmountGreaterThanOrderByCreatedAtDesc}.
 *
 * <p>Property names are matched before keywords and longest first, and the parse backtracks, so
 * {@code findByInvoiceDateBefore} reads property {@code invoiceDate} (not {@code In} +
 * {@code voiceDate}) and {@code findByBillingOrderGreaterThan} reads {@code billingOrder} (not
 * {@code Or}). {@code Or} binds looser than {@code And}, as in SQL.
 */
public final class MethodNameParser {

    private static final Pattern VERB = Pattern.compile("^(find|get|query|read|count|exists|delete)(?=[A-Z]|$)");
    private static final Pattern LIMIT = Pattern.compile("^(?:All|First(\\d{0,9})|Top(\\d{1,9}))?$");
    private static final List<Operator> OPERATORS_LONGEST_FIRST = Arrays.stream(Operator.values())
            .sorted(Comparator.comparingInt((Operator operator) -> operator.keyword().length()).reversed())
            .toList();
    private static final List<String> BOUNDARIES = boundaries();

    private final String method;
    private final List<String> declared;
    private final List<String> properties;
    private String body;
    private int furthestFailure;
    private ParseProblem problem;

    private MethodNameParser(String method, List<String> properties) {
        this.method = method;
        this.declared = List.copyOf(properties);
        this.properties = properties.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** True when the name starts like a derived query ({@code find...}, {@code count...}, ...). */
    public static boolean looksDerived(String method) {
        return VERB.matcher(method).find();
    }

    /**
     * Parses {@code method} against {@code properties} (Java property names of the entity).
     *
     * @return the query, or the problem that stops it, placed at the furthest point reached
     */
    public static ParseResult parse(String method, List<String> properties) {
        return new MethodNameParser(method, properties).parse();
    }

    private ParseResult parse() {
        Matcher verb = VERB.matcher(method);
        if (!verb.find()) {
            return new ParseResult.Failed(new ParseProblem.NotDerived(method));
        }
        Subject subject = Subject.valueOf(verb.group(1).equals("count") ? "COUNT"
                : verb.group(1).equals("exists") ? "EXISTS"
                : verb.group(1).equals("delete") ? "DELETE" : "FIND");
        String rest = method.substring(verb.end());
        int by = indexOfBy(rest);
        if (by < 0) {
            return new ParseResult.Failed(new ParseProblem.MissingBy(method));
        }
        Matcher limitMatcher = LIMIT.matcher(rest.substring(0, by));
        if (!limitMatcher.matches()) {
            return new ParseResult.Failed(new ParseProblem.UnexpectedText(method, rest.substring(0, by),
                    "First, Top<N> or nothing between '" + verb.group(1) + "' and 'By'"));
        }
        OptionalInt limit = limit(limitMatcher);
        if (limit.isPresent() && limit.getAsInt() < 1) {
            return new ParseResult.Failed(new ParseProblem.UnexpectedText(method, rest.substring(0, by),
                    "a limit of 1 or more"));
        }
        if (limit.isPresent() && subject != Subject.FIND) {
            return new ParseResult.Failed(new ParseProblem.UnexpectedText(method, rest.substring(0, by),
                    "no limit: First and Top<N> only apply to find, get, query and read"));
        }
        body = rest.substring(by + 2);
        if (body.isEmpty()) {
            return new ParseResult.Failed(new ParseProblem.UnexpectedText(method, "",
                    "a property or OrderBy after 'By'"));
        }
        furthestFailure = -1;
        Optional<Tail> parsed = body.startsWith("OrderBy")
                ? parseOrder(7, new Tail(List.of(), List.of())).or(() -> parseCondition(0, List.of(List.of())))
                : parseCondition(0, List.of(List.of()));
        return parsed.<ParseResult>map(tail ->
                        new ParseResult.Parsed(new DerivedQuery(subject, limit, tail.predicate(), tail.orderBy())))
                .orElseGet(() -> new ParseResult.Failed(problem));
    }

    private record Tail(List<List<Condition>> predicate, List<SortKey> orderBy) {
    }

    private Optional<Tail> parseCondition(int position, List<List<Condition>> groups) {
        boolean anyProperty = false;
        for (String property : properties) {
            String capitalized = capitalize(property);
            if (!body.startsWith(capitalized, position)) {
                continue;
            }
            anyProperty = true;
            int afterProperty = position + capitalized.length();
            for (Operator operator : OPERATORS_LONGEST_FIRST) {
                if (!body.startsWith(operator.keyword(), afterProperty)) {
                    continue;
                }
                int afterOperator = afterProperty + operator.keyword().length();
                if (body.startsWith("IgnoreCase", afterOperator)) {
                    Optional<Tail> ignoringCase = afterCondition(afterOperator + "IgnoreCase".length(),
                            append(groups, new Condition(property, operator, true)));
                    if (ignoringCase.isPresent()) {
                        return ignoringCase;
                    }
                }
                Optional<Tail> tail = afterCondition(afterOperator, append(groups, new Condition(property, operator, false)));
                if (tail.isPresent()) {
                    return tail;
                }
            }
        }
        if (!anyProperty) {
            fail(position, new ParseProblem.UnknownProperty(method, decapitalize(segmentAt(position)), declared));
        }
        return Optional.empty();
    }

    private Optional<Tail> afterCondition(int position, List<List<Condition>> groups) {
        if (position == body.length()) {
            return Optional.of(new Tail(groups, List.of()));
        }
        if (body.startsWith("OrderBy", position)) {
            Optional<Tail> ordered = parseOrder(position + 7, new Tail(groups, List.of()));
            if (ordered.isPresent()) {
                return ordered;
            }
        }
        if (body.startsWith("And", position)) {
            return parseCondition(position + 3, groups);
        }
        if (body.startsWith("Or", position)) {
            List<List<Condition>> withNewGroup = new ArrayList<>(groups);
            withNewGroup.add(List.of());
            return parseCondition(position + 2, withNewGroup);
        }
        fail(position, new ParseProblem.UnexpectedText(method, segmentAt(position),
                "And, Or, OrderBy or the end of the name after a condition"));
        return Optional.empty();
    }

    private Optional<Tail> parseOrder(int position, Tail sofar) {
        boolean anyProperty = false;
        for (String property : properties) {
            String capitalized = capitalize(property);
            if (!body.startsWith(capitalized, position)) {
                continue;
            }
            anyProperty = true;
            int afterProperty = position + capitalized.length();
            for (String direction : List.of("Desc", "Asc", "")) {
                if (!body.startsWith(direction, afterProperty)) {
                    continue;
                }
                int next = afterProperty + direction.length();
                List<SortKey> keys = new ArrayList<>(sofar.orderBy());
                keys.add(new SortKey(property, !direction.equals("Desc")));
                Tail tail = new Tail(sofar.predicate(), keys);
                Optional<Tail> done = next == body.length() ? Optional.of(tail) : parseOrder(next, tail);
                if (done.isPresent()) {
                    return done;
                }
            }
        }
        if (!anyProperty) {
            fail(position, position == body.length()
                    ? new ParseProblem.UnexpectedText(method, "", "a property after 'OrderBy'")
                    : new ParseProblem.UnknownProperty(method, decapitalize(segmentAt(position)), declared));
        }
        return Optional.empty();
    }

    private void fail(int position, ParseProblem failure) {
        if (position > furthestFailure) {
            furthestFailure = position;
            problem = failure;
        }
    }

    /** The text from {@code position} up to the next keyword, as a person would read the word there. */
    private String segmentAt(int position) {
        for (int end = position + 1; end < body.length(); end++) {
            if (Character.isUpperCase(body.charAt(end))) {
                for (String boundary : BOUNDARIES) {
                    if (body.startsWith(boundary, end)) {
                        return body.substring(position, end);
                    }
                }
            }
        }
        return body.substring(position);
    }

    private static List<String> boundaries() {
        List<String> words = new ArrayList<>(List.of("And", "Or", "OrderBy", "IgnoreCase", "Asc", "Desc"));
        for (Operator operator : Operator.values()) {
            if (!operator.keyword().isEmpty()) {
                words.add(operator.keyword());
            }
        }
        return List.copyOf(words);
    }

    private static int indexOfBy(String rest) {
        for (int i = rest.indexOf("By"); i >= 0; i = rest.indexOf("By", i + 1)) {
            boolean endsWord = i + 2 == rest.length() || Character.isUpperCase(rest.charAt(i + 2));
            if (endsWord) {
                return i;
            }
        }
        return -1;
    }

    private static OptionalInt limit(Matcher matcher) {
        if (matcher.group(2) != null) {
            return OptionalInt.of(Integer.parseInt(matcher.group(2)));
        }
        if (matcher.group(1) != null) {
            return OptionalInt.of(matcher.group(1).isEmpty() ? 1 : Integer.parseInt(matcher.group(1)));
        }
        return OptionalInt.empty();
    }

    private static List<List<Condition>> append(List<List<Condition>> groups, Condition condition) {
        List<List<Condition>> copy = new ArrayList<>(groups);
        List<Condition> last = new ArrayList<>(copy.remove(copy.size() - 1));
        last.add(condition);
        copy.add(List.copyOf(last));
        return copy;
    }

    static String capitalize(String property) {
        return property.isEmpty() ? property : Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }

    static String decapitalize(String word) {
        return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }
}
