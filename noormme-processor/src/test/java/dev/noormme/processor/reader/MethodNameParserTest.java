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
    void everySpellingOfEveryKeywordIsRecognised() {
        for (Operator operator : Operator.values()) {
            for (String spelling : operator.spellings()) {
                String method = "findByName" + spelling;
                assertEquals(List.of(new Condition("name", operator, false)), parsed(method).conditions(), method);
                assertEquals(List.of(new Condition("name", operator, true)),
                        parsed(method + "IgnoreCase").conditions(), method + "IgnoreCase");
                assertEquals(List.of(new Condition("name", operator, true)),
                        parsed(method + "IgnoringCase").conditions(), method + "IgnoringCase");
            }
        }
        assertEquals(List.of(new Condition("name", Operator.STARTING_WITH, false)),
                parsed("findByNameIsStartingWith").conditions());
        assertEquals(List.of(new Condition("name", Operator.NOT_CONTAINING, false)),
                parsed("findByNameNotContains").conditions());
        assertEquals(List.of(new Condition("name", Operator.IS_NOT_NULL, false)),
                parsed("findByNameNotNull").conditions());
        assertEquals(List.of(new Condition("name", Operator.EQUALS, false), new Condition("status", Operator.EQUALS,
                false)), parsed("findByNameIsAndStatusEquals").conditions());
    }

    @Test
    void subjectWordsDistinctAndLimits() {
        DerivedQuery users = parsed("findDistinctUsersByName");
        assertEquals(true, users.distinct());
        assertEquals(OptionalInt.empty(), users.limit());
        assertEquals(OptionalInt.of(10), parsed("findFirst10UsersByName").limit());
        assertEquals(OptionalInt.of(1), parsed("findTopUsersByName").limit());
        assertEquals(OptionalInt.of(1), parsed("findTopByOrderByAmountDesc").limit());
        assertEquals(OptionalInt.of(5), parsed("findDistinctTop5ByName").limit());
        assertEquals(OptionalInt.empty(), parsed("findTopazByName").limit());
        assertEquals(OptionalInt.empty(), parsed("findAllByName").limit());
        assertEquals(Subject.COUNT, parsed("countUserByName").subject());
        assertEquals(Subject.FIND, parsed("searchByName").subject());
        assertEquals(Subject.FIND, parsed("streamAllByName").subject());
        assertEquals(Subject.DELETE, parsed("removeByName").subject());
        assertEquals(Subject.DELETE, parsed("removeUsersByName").subject());
    }

    @Test
    void allIgnoreCaseEndsTheConditionsAndIsNeverAProperty() {
        ParseResult.Parsed parsed = assertInstanceOf(ParseResult.Parsed.class,
                MethodNameParser.parse("findByNameAndEmailAllIgnoreCaseOrderByIdDesc", PROPERTIES));
        assertEquals(true, parsed.allIgnoreCase());
        assertEquals(List.of(eq("name"), eq("email")), parsed.query().conditions());
        assertEquals(List.of(new SortKey("id", false)), parsed.query().orderBy());
        ParseResult.Parsed ignoring = assertInstanceOf(ParseResult.Parsed.class,
                MethodNameParser.parse("findByNameAllIgnoringCase", PROPERTIES));
        assertEquals(true, ignoring.allIgnoreCase());
        assertInstanceOf(ParseProblem.UnexpectedText.class, problem("findByNameAllIgnoreCaseAndEmail"));
    }

    @Test
    void propertiesInAnyScriptFollowBy() {
        List<String> korean = List.of("이름", "나이");
        DerivedQuery query = assertInstanceOf(ParseResult.Parsed.class,
                MethodNameParser.parse("findBy이름And나이GreaterThan", korean)).query();
        assertEquals(List.of(new Condition("이름", Operator.EQUALS, false), new Condition("나이",
                Operator.GREATER_THAN, false)), query.conditions());
        assertEquals(true, MethodNameParser.looksDerived("findBy이름"));
    }

    @Test
    void secondOrderByAndMisspeltKeywordsAreNamed() {
        assertEquals("OrderByEmailDesc", assertInstanceOf(ParseProblem.SecondOrderBy.class,
                problem("findByNameOrderByAmountAscOrderByEmailDesc")).text());
        ParseProblem.UnknownKeyword greater = assertInstanceOf(ParseProblem.UnknownKeyword.class,
                problem("findByAmountGreaterThen"));
        assertEquals("GreaterThen", greater.word());
        assertEquals("amount", greater.property());
        assertEquals("GreaterThan", greater.suggestion());
        assertEquals("StartingWith", assertInstanceOf(ParseProblem.UnknownKeyword.class,
                problem("findByNameStartWith")).suggestion());
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
        assertEquals("Frist10", assertInstanceOf(ParseProblem.UnexpectedText.class, problem("findFrist10ByEmail")).text());
        assertInstanceOf(ParseProblem.UnexpectedText.class, problem("deleteDistinctByEmail"));
        assertInstanceOf(ParseProblem.UnexpectedText.class, problem("countFirstByEmail"));
        assertInstanceOf(ParseProblem.UnexpectedText.class, problem("findTop0ByEmail"));
        assertInstanceOf(ParseProblem.UnexpectedText.class, problem("findByEmailOrderBy"));
        assertInstanceOf(ParseProblem.UnexpectedText.class, problem("findBy"));
    }
}
