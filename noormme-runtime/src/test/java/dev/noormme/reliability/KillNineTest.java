package dev.noormme.reliability;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.noormme.Database;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.Tag;
import dev.noormme.fixtures.TagMapping;
import dev.noormme.internal.RepositorySupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL at random moments loses no acknowledged commit and leaves no
 * transaction half visible. The child ({@link CommitLoop}) logs each transaction before it starts
 * and once its call returned; after each kill this test replays the acknowledged ones into the
 * expected groups and tags and compares them with the file. The one transaction begun but not
 * acknowledged may have committed or not, but only whole: when the file shows it, the test
 * records it in the log as committed ({@code C n}) so that later rounds expect it.
 *
 * <p>{@code -Dnoormme.faults.kills=20} for the long run (default 5).
 */
class KillNineTest {

    private static final long CHILD_DEADLINE_MS = 60_000;

    @TempDir
    Path folder;

    private record Op(long n, String kind, int rows, long target) {
    }

    @Test
    void killedWriterLosesNoAcknowledgedCommitAndShowsNoHalfTransaction() throws Exception {
        int kills = Faults.size("noormme.faults.kills", 5);
        Path file = folder.resolve("kill.db");
        Path log = folder.resolve("commits.log");
        Files.createFile(log);
        Random random = new Random(Faults.SEED);
        int verified = 0;
        for (int round = 0; round < kills; round++) {
            long next = lastBegun(log) + 1;
            int acksBefore = acknowledged(log).size();
            int wanted = acksBefore + 1 + random.nextInt(40);
            Process child = Faults.start(folder, "child" + round, CommitLoop.class,
                    file.toString(), log.toString(), Long.toString(next), Long.toString(Faults.SEED + round));
            long deadline = System.currentTimeMillis() + CHILD_DEADLINE_MS;
            while (acknowledged(log).size() < wanted) {
                if (!child.isAlive()) {
                    fail("the writer stopped by itself (exit " + child.exitValue() + "): "
                            + Files.readString(folder.resolve("child" + round + ".err")));
                }
                assertTrue(System.currentTimeMillis() < deadline, "the writer acknowledged no commit within 60 s");
                Thread.sleep(2);
            }
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close()
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed writer is gone");
            verified = verify(file, log);
        }
        try (Database database = Faults.open(file)) {
            RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
            long before = accounts.count();
            accounts.insert(new Account("after-the-kills", "after"));
            assertEquals(before + 1, accounts.count(), "the application continues on the file");
        }
        System.out.printf("kill -9: %d kills survived, %d acknowledged commits verified after the last%n",
                kills, verified);
        assertTrue(verified >= kills, "every round acknowledged at least one commit");
    }

    /** Compares the file with the acknowledged transactions; returns how many were checked. */
    private int verify(Path file, Path log) throws IOException {
        dropCutLine(log);
        List<Op> begun = begun(log);
        Set<Long> committed = acknowledged(log);
        Map<String, Integer> groups = new TreeMap<>();
        Map<String, String> tags = new TreeMap<>();
        for (Op op : begun) {
            if (committed.contains(op.n())) {
                apply(op, groups, tags);
            }
        }
        Map<String, Integer> actualGroups;
        Map<String, String> actualTags = new TreeMap<>();
        try (Database database = Faults.open(file)) {
            RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
            assertEquals(List.of("ok"), accounts.list("integrity", DialectSql.portable("PRAGMA integrity_check"), statement -> 1,
                    row -> row.getString(1)), "PRAGMA integrity_check after a kill");
            actualGroups = new TreeMap<>();
            for (String[] group : accounts.list("groups", DialectSql.portable("SELECT name, COUNT(*) FROM accounts GROUP BY name"),
                    statement -> 1, row -> new String[] {row.getString(1), row.getString(2)})) {
                actualGroups.put(group[0], Integer.parseInt(group[1]));
            }
            for (Tag tag : new RepositorySupport<>(database, TagMapping.INSTANCE).findAll()) {
                actualTags.put(tag.code(), tag.label());
            }
        }
        if (actualGroups.equals(groups) && actualTags.equals(tags)) {
            return committed.size();
        }
        Op last = begun.isEmpty() ? null : begun.get(begun.size() - 1);
        if (last != null && !committed.contains(last.n())) {
            apply(last, groups, tags);
            if (actualGroups.equals(groups) && actualTags.equals(tags)) {
                Files.writeString(log, "C " + last.n() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
                return committed.size() + 1;
            }
        }
        return fail("after a kill the file differs from the acknowledged commits (the last begun: " + last
                + ").\nexpected (with the last applied if unacknowledged) " + groups + " " + tags
                + "\nfound " + actualGroups + " " + actualTags);
    }

    private static void apply(Op op, Map<String, Integer> groups, Map<String, String> tags) {
        String group = "g" + op.n();
        switch (op.kind()) {
            case "batch", "single" -> groups.put(group, op.rows());
            case "update" -> groups.put(group, groups.remove("g" + op.target()));
            case "delete" -> {
                groups.remove("g" + op.target());
                tags.put("d" + op.n(), "g" + op.target());
            }
            default -> throw new IllegalStateException("unknown transaction in the log: " + op);
        }
    }

    /** The complete lines of the log: a line cut by the kill has no newline yet and is ignored. */
    private static List<String> lines(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.US_ASCII);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }

    /** Removes a line the kill cut short, so that the next writer's first line starts a line of its own. */
    private static void dropCutLine(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.US_ASCII);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            Files.writeString(log, text.substring(0, text.lastIndexOf('\n') + 1), StandardCharsets.US_ASCII);
        }
    }

    private static List<Op> begun(Path log) throws IOException {
        return lines(log).stream().filter(line -> line.startsWith("B ")).map(line -> line.split(" "))
                .map(p -> new Op(Long.parseLong(p[1]), p[2], Integer.parseInt(p[3]), Long.parseLong(p[4])))
                .toList();
    }

    /** Acknowledged by the writer ({@code A}) or found committed after a kill ({@code C}). */
    private static Set<Long> acknowledged(Path log) throws IOException {
        Set<Long> numbers = new HashSet<>();
        for (String line : lines(log)) {
            if (line.startsWith("A ") || line.startsWith("C ")) {
                numbers.add(Long.parseLong(line.substring(2)));
            }
        }
        return numbers;
    }

    private static long lastBegun(Path log) throws IOException {
        List<Op> begun = begun(log);
        return begun.isEmpty() ? 0 : begun.get(begun.size() - 1).n();
    }
}
