package dev.noormme.processor.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.noormme.processor.model.DerivedQuery;
import dev.noormme.processor.model.DerivedQuery.Condition;
import dev.noormme.processor.model.DerivedQuery.SortKey;
import dev.noormme.processor.model.DerivedQuery.Subject;
import dev.noormme.processor.model.Operator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MethodNameParserTest {

    private static final List<String> PROPERTIES = List.of("id", "email", "displayName", "invoiceDate", "in",
            "voiceDate", "billingOrder", "status", "amount", "createdAt", "active", "name", "order");

    private static DerivedQuery parsed(String method) {
        return assertInstanceOf(ParseResult.Parsed.class, MethodNameParser.parse(method, PROPERTIES)).query();
    }

    private static ParseProblem problem(String method) {
        return assertInstanceOf(ParseResult.Failed.class, MethodNameParser.parse(method, PROPERTIES)).problem();
    }

    private static Condition eq(String property) {
        return new Condition(property, Operator.EQUALS, false);
    }

    @Test
    void orBindsLooserThanAnd() {
        assertEquals(List.of(List.of(eq("email"), eq("name")), List.of(eq("status"))),
                parsed("findByEmailAndNameOrStatus").predicate());
        assertEquals(List.of(List.of(eq("email")), List.of(eq("name"), eq("status"))),
                parsed("findByEmailOrNameAndStatus").predicate());
    }

    @Test
    void longestPropertyWinsOverKeywords() {
        assertEquals(List.of(new Condition("invoiceDate", Operator.BEFORE, false)),
                parsed("findByInvoiceDateBefore").conditions());
        assertEquals(List.of(new Condition("billingOrder", Operator.GREATER_THAN, false)),
                parsed("findByBillingOrderGreaterThan").conditions());
    }

    @Test
    void orderWithoutPredicateAndLimits() {
        DerivedQuery first = parsed("findFirstByOrderByCreatedAtDesc");
        assertEquals(OptionalInt.of(1), first.limit());
        assertEquals(List.of(), first.predicate());
        assertEquals(List.of(new SortKey("createdAt", false)), first.orderBy());

        DerivedQuery top = parsed("findTop3ByOrderByAmountDescEmailAsc");
        assertEquals(OptionalInt.of(3), top.limit());
        assertEquals(List.of(new SortKey("amount", false), new SortKey("email", true)), top.orderBy());
    }

    @Test
    void everyKeywordIsRecognised() {
        for (Operator operator : Operator.values()) {
            String method = "findByName" + operator.keyword();
            assertEquals(List.of(new Condition("name", operator, false)), parsed(method).conditions(), method);
            assertEquals(List.of(new Condition("name", operator, true)),
                    parsed(method + "IgnoreCase").conditions(), method + "IgnoreCase");
        }
    }

    @Test
    void subjectsAndParameterCounts() {
        assertEquals(Subject.COUNT, parsed("countByDisplayNameLike").subject());
        assertEquals(Subject.EXISTS, parsed("existsByEmail").subject());
        assertEquals(Subject.DELETE, parsed("deleteByStatusIn").subject());
        assertEquals(Subject.FIND, parsed("readByEmail").subject());
        assertEquals(3, parsed("findByAmountBetweenAndEmailAndActiveTrue").parameterCount());
    }

    @Test
    void unknownPropertySuggestsTheClosest() {
        ParseProblem.UnknownProperty unknown =
                assertInstanceOf(ParseProblem.UnknownProperty.class, problem("findByEmailAndEmial"));
        assertEquals("emial", unknown.word());
        assertEquals(Optional.of("email"), unknown.suggestion());
        assertEquals(PROPERTIES, unknown.properties());
        assertEquals(Optional.empty(),
                assertInstanceOf(ParseProblem.UnknownProperty.class, problem("findByZzzzzzzz")).suggestion());
    }

    @Test
    void malformedNamesSayWhatWasExpected() {
        assertInstanceOf(ParseProblem.MissingBy.class, problem("findSomething"));
        assertInstanceOf(ParseProblem.NotDerived.class, problem("loadByEmail"));
        assertEquals("Xyz", assertInstanceOf(ParseProblem.UnexpectedText.class, problem("findByEmailXyz")).text());
        assertEquals("Users", assertInstanceOf(ParseProblem.UnexpectedText.class, problem("findUsersByEmail")).text());
        assertInstanceOf(ParseProblem.UnexpectedText.class, problem("countFirstByEmail"));
        assertInstanceOf(ParseProblem.UnexpectedText.class, problem("findTop0ByEmail"));
        assertInstanceOf(ParseProblem.UnexpectedText.class, problem("findByEmailOrderBy"));
        assertInstanceOf(ParseProblem.UnexpectedText.class, problem("findBy"));
    }
}
