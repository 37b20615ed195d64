package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Suggestions;
import dev.noormme.processor.model.DerivedQuery;
import dev.noormme.processor.model.DerivedQuery.Condition;
import dev.noormme.processor.model.DerivedQuery.SortKey;
import dev.noormme.processor.model.DerivedQuery.Subject;
import dev.noormme.processor.model.Operator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a derived query method name against an entity's properties, without looking at any
 * element: {@code findTop3ByStatusAndAmountGreaterThanOrderByCreatedAtDesc}. The grammar is
 * Spring Data's, for a flat table: every verb, subject words, {@code Distinct}, {@code First}/
 * {@code Top}, each keyword in all its spellings ({@link Operator#spellings()}),
 * {@code IgnoreCase}/{@code IgnoringCase}, {@code AllIgnoreCase}/{@code AllIgnoringCase} and
 * one {@code OrderBy}.
 *
 * <p>Property names are matched before keywords and longest first, and the parse backtracks, so
 * {@code findByInvoiceDateBefore} reads property {@code invoiceDate} (not {@code In} +
 * {@code voiceDate}) and {@code findByBillingOrderGreaterThan} reads {@code billingOrder} (not
 * {@code Or}). {@code Or} binds looser than {@code And}, as in SQL.
 */
public final class MethodNameParser {

    // A verb ends where a word starts: an upper-case letter, or a letter without case (Korean, say).
    private static final Pattern VERB = Pattern.compile(
            "^(find|get|query|read|search|stream|count|exists|delete|remove)(?=\\p{Lu}|\\p{Lo}|$)");
    // Subject words are letters only, so a misspelt limit (Frist10) fails instead of being ignored.
    private static final Pattern SUBJECT = Pattern.compile(
            "^(Distinct)?(?:(First|Top)(\\d{0,9}))?(Distinct)?((?:\\p{Lu}|\\p{Lo})\\p{L}*)?$");
    private static final List<String> IGNORE_CASE = List.of("IgnoringCase", "IgnoreCase");
    private static final List<String> ALL_IGNORE_CASE = List.of("AllIgnoringCase", "AllIgnoreCase");
    private static final String ORDER_BY = "OrderBy";
    private static final List<Spelling> SPELLINGS_LONGEST_FIRST = spellings();
    private static final Map<String, String> KEYWORD_SUGGESTIONS = keywordSuggestions();
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
        Matcher verbMatcher = VERB.matcher(method);
        if (!verbMatcher.find()) {
            return new ParseResult.Failed(new ParseProblem.NotDerived(method));
        }
        String verb = verbMatcher.group(1);
        Subject subject = switch (verb) {
            case "count" -> Subject.COUNT;
            case "exists" -> Subject.EXISTS;
            case "delete", "remove" -> Subject.DELETE;
            default -> Subject.FIND;
        };
        String rest = method.substring(verbMatcher.end());
        int by = indexOfBy(rest);
        if (by < 0) {
            return new ParseResult.Failed(new ParseProblem.MissingBy(method, verb));
        }
        String between = rest.substring(0, by);
        Matcher subjectMatcher = SUBJECT.matcher(between);
        if (!subjectMatcher.matches()) {
            return new ParseResult.Failed(new ParseProblem.UnexpectedText(method, between,
                    "Distinct, First, First<N>, Top, Top<N>, words naming the rows (Users) or nothing between '"
                            + verb + "' and 'By'"));
        }
        OptionalInt limit = limit(subjectMatcher);
        if (limit.isPresent() && limit.getAsInt() < 1) {
            return new ParseResult.Failed(new ParseProblem.UnexpectedText(method, between, "a limit of 1 or more"));
        }
        if (limit.isPresent() && subject != Subject.FIND) {
            return new ParseResult.Failed(new ParseProblem.UnexpectedText(method, between,
                    "no limit: First and Top only apply to find, get, query, read, search and stream"));
        }
        boolean distinct = subjectMatcher.group(1) != null || subjectMatcher.group(4) != null;
        if (distinct && subject == Subject.DELETE) {
            return new ParseResult.Failed(new ParseProblem.UnexpectedText(method, between,
                    "no Distinct: a " + verb + " query removes rows, it returns none"));
        }
        body = rest.substring(by + 2);
        if (body.isEmpty()) {
            return new ParseResult.Failed(new ParseProblem.UnexpectedText(method, "",
                    "a property or OrderBy after 'By'"));
        }
        furthestFailure = -1;
        Optional<Tail> parsed = body.startsWith(ORDER_BY)
                ? parseOrder(ORDER_BY.length(), new Tail(List.of(), false, List.of()))
                        .or(() -> parseCondition(0, List.of(List.of())))
                : parseCondition(0, List.of(List.of()));
        return parsed.<ParseResult>map(tail -> new ParseResult.Parsed(
                        new DerivedQuery(subject, distinct, limit, tail.predicate(), tail.orderBy()),
                        tail.allIgnoreCase()))
                .orElseGet(() -> new ParseResult.Failed(problem));
    }

    private record Tail(List<List<Condition>> predicate, boolean allIgnoreCase, List<SortKey> orderBy) {
    }

    /** One way to write an operator in a method name. */
    private record Spelling(String text, Operator operator) {
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
            for (Spelling spelling : SPELLINGS_LONGEST_FIRST) {
                if (!body.startsWith(spelling.text(), afterProperty)) {
                    continue;
                }
                int afterOperator = afterProperty + spelling.text().length();
                for (String ignoreCase : IGNORE_CASE) {
                    if (body.startsWith(ignoreCase, afterOperator)) {
                        Optional<Tail> ignoringCase = afterCondition(afterOperator + ignoreCase.length(),
                                append(groups, new Condition(property, spelling.operator(), true)));
                        if (ignoringCase.isPresent()) {
                            return ignoringCase;
                        }
                    }
                }
                Optional<Tail> tail = afterCondition(afterOperator,
                        append(groups, new Condition(property, spelling.operator(), false)));
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
            return Optional.of(new Tail(groups, false, List.of()));
        }
        for (String allIgnoreCase : ALL_IGNORE_CASE) {
            if (body.startsWith(allIgnoreCase, position)) {
                int next = position + allIgnoreCase.length();
                if (next == body.length()) {
                    return Optional.of(new Tail(groups, true, List.of()));
                }
                if (body.startsWith(ORDER_BY, next)) {
                    Optional<Tail> ordered = parseOrder(next + ORDER_BY.length(), new Tail(groups, true, List.of()));
                    if (ordered.isPresent()) {
                        return ordered;
                    }
                }
                fail(next, new ParseProblem.UnexpectedText(method, segmentAt(next),
                        "OrderBy or the end of the name after " + allIgnoreCase + " (it ends the conditions)"));
            }
        }
        if (body.startsWith(ORDER_BY, position)) {
            Optional<Tail> ordered = parseOrder(position + ORDER_BY.length(), new Tail(groups, false, List.of()));
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
        String word = segmentAt(position);
        // Below three letters every keyword is "close"; a suggestion there would be noise.
        Optional<String> keyword = word.length() < 3 ? Optional.empty()
                : Suggestions.closest(word, KEYWORD_SUGGESTIONS.keySet()).map(KEYWORD_SUGGESTIONS::get);
        List<Condition> group = groups.get(groups.size() - 1);
        fail(position, keyword.isPresent()
                ? new ParseProblem.UnknownKeyword(method, word, group.get(group.size() - 1).property(), keyword.get())
                : new ParseProblem.UnexpectedText(method, word,
                        "And, Or, AllIgnoreCase, OrderBy or the end of the name after a condition"));
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
                Tail tail = new Tail(sofar.predicate(), sofar.allIgnoreCase(), keys);
                if (body.startsWith(ORDER_BY, next)) {
                    // A second OrderBy is a mistake wherever the parse stands, so it outranks every other
                    // failure; a property whose name starts with "OrderBy" may still parse below.
                    fail(Integer.MAX_VALUE, new ParseProblem.SecondOrderBy(method, body.substring(next)));
                }
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

    private static List<Spelling> spellings() {
        List<Spelling> spellings = new ArrayList<>();
        for (Operator operator : Operator.values()) {
            for (String text : operator.spellings()) {
                spellings.add(new Spelling(text, operator));
            }
        }
        spellings.sort(Comparator.comparingInt((Spelling spelling) -> spelling.text().length()).reversed());
        return List.copyOf(spellings);
    }

    /** Every word that may follow a property, to the spelling a "did you mean" names. */
    private static Map<String, String> keywordSuggestions() {
        Map<String, String> suggestions = new LinkedHashMap<>();
        for (Spelling spelling : SPELLINGS_LONGEST_FIRST) {
            if (!spelling.text().isEmpty()) {
                String keyword = spelling.operator().keyword();
                suggestions.put(spelling.text(), keyword.isEmpty() ? spelling.text() : keyword);
            }
        }
        for (String word : List.of("IgnoreCase", "IgnoringCase", "AllIgnoreCase", "AllIgnoringCase", ORDER_BY)) {
            suggestions.put(word, word);
        }
        return suggestions;
    }

    private static List<String> boundaries() {
        List<String> words = new ArrayList<>(List.of("And", "Or", ORDER_BY, "Asc", "Desc"));
        words.addAll(IGNORE_CASE);
        words.addAll(ALL_IGNORE_CASE);
        for (Spelling spelling : SPELLINGS_LONGEST_FIRST) {
            if (!spelling.text().isEmpty()) {
                words.add(spelling.text());
            }
        }
        return List.copyOf(words);
    }

    /**
     * Where the subject ends: the first {@code By} that ends a word, that is, one followed by the
     * end of the name, an upper-case letter, or a letter that has no case ({@code findBy이름}).
     */
    private static int indexOfBy(String rest) {
        for (int i = rest.indexOf("By"); i >= 0; i = rest.indexOf("By", i + 1)) {
            if (i + 2 == rest.length()) {
                return i;
            }
            int next = rest.codePointAt(i + 2);
            if (Character.isUpperCase(next) || Character.isLetter(next) && !Character.isLowerCase(next)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code First}/{@code Top} alone is one row; with digits, that many. */
    private static OptionalInt limit(Matcher subject) {
        if (subject.group(2) == null) {
            return OptionalInt.empty();
        }
        String digits = subject.group(3);
        return OptionalInt.of(digits.isEmpty() ? 1 : Integer.parseInt(digits));
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
