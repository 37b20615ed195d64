package dev.noormme.reliability;

import dev.noormme.internal.DialectSql;
import dev.noormme.Database;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.AccountQueries;
import dev.noormme.fixtures.Tag;
import dev.noormme.fixtures.TagMapping;
import dev.noormme.internal.RepositorySupport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The child JVM of {@link KillNineTest}: commits transactions until it is killed. Each
 * transaction {@code n} writes a group of accounts named {@code g<n>}, so that its parts can be
 * counted afterwards: a batch of 1 to 50 rows ({@code insertAll}), one row ({@code insert} in
 * auto-commit), the rename of a whole earlier group to {@code g<n>} ({@code update} per row in
 * one transaction), or the deletion of a whole earlier group with a tag {@code d<n>} recording it
 * (in one transaction). Before each transaction it appends {@code B n kind rows target} to the
 * side log, and after the call returns {@code A n}, each line forced to disk before going on.
 *
 * <p>Arguments: database file, side log, first transaction number, random seed.
 */
public final class CommitLoop {

    private CommitLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long n = Long.parseLong(args[2]);
        Random random = new Random(Long.parseLong(args[3]));
        try (Database database = Faults.open(file);
                FileChannel log = FileChannel.open(Path.of(args[1]), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
            RepositorySupport<Tag, String> tags = new RepositorySupport<>(database, TagMapping.INSTANCE);
            AccountQueries queries = new AccountQueries(database);
            List<Long> groups = new ArrayList<>(accounts.list("CommitLoop.groups",
                    DialectSql.portable("SELECT DISTINCT substr(name, 2) FROM accounts"), statement -> 1, row -> row.getLong(1)));
            for (;; n++) {
                long number = n;
                int kind = groups.isEmpty() ? random.nextInt(2) : random.nextInt(4);
                switch (kind) {
                    case 0 -> {
                        int rows = 1 + random.nextInt(50);
                        append(log, "B " + n + " batch " + rows + " -1");
                        List<Account> batch = new ArrayList<>();
                        for (int i = 0; i < rows; i++) {
                            batch.add(new Account("e" + n + "-" + i, "g" + n));
                        }
                        accounts.insertAll(batch);
                        groups.add(n);
                    }
                    case 1 -> {
                        append(log, "B " + n + " single 1 -1");
                        accounts.insert(new Account("e" + n + "-0", "g" + n));
                        groups.add(n);
                    }
                    case 2 -> {
                        long target = groups.remove(random.nextInt(groups.size()));
                        append(log, "B " + n + " update 0 " + target);
                        database.inTransaction(() -> {
                            for (Account account : queries.findByName("g" + target)) {
                                account.setName("g" + number);
                                accounts.update(account);
                            }
                        });
                        groups.add(n);
                    }
                    default -> {
                        long target = groups.remove(random.nextInt(groups.size()));
                        append(log, "B " + n + " delete 0 " + target);
                        database.inTransaction(() -> {
                            for (Account account : queries.findByName("g" + target)) {
                                accounts.deleteById(account.getId());
                            }
                            tags.insert(new Tag("d" + number, "g" + target));
                        });
                    }
                }
                append(log, "A " + n);
            }
        }
    }

    private static void append(FileChannel log, String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII));
        while (bytes.hasRemaining()) {
            log.write(bytes);
        }
        log.force(false);
    }
}
