package app;

import app.Repositories.TagsRepository;
import app.Repositories.UsersRepository;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Uses the generated ServiceFactory and repositories as an application would; returns what it saw. */
public final class Scenario implements Function<String, List<String>> {

    @Override
    public List<String> apply(String url) {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(url).build();
        List<String> seen = new ArrayList<>();
        try (ServiceFactory factory = ServiceFactory.initialize(config)) {
            seen.add("singleton=" + (ServiceFactory.getInstance() == factory));
            UsersRepository users = factory.usersRepository();
            seen.add("registry=" + (factory.repository(UsersRepository.class) == users));
            try {
                factory.repository(Runnable.class);
            } catch (IllegalArgumentException e) {
                seen.add("unknown=" + e.getMessage());
            }
            try {
                ServiceFactory.initialize(config);
            } catch (IllegalStateException e) {
                seen.add("second=" + e.getMessage());
            }
            UUID token = UUID.fromString("00000000-0000-0000-0000-000000000042");
            User ann = users.insert(new User(null, "ann@example.com", "Ann", Instant.ofEpochMilli(1_700_000_000_123L),
                    User.Status.BLOCKED, new BigDecimal("10.50"), new byte[] {1, 2, 3}, token, true,
                    LocalDate.of(1990, 2, 3), 7));
            seen.add("id=" + ann.id());
            User read = users.findById(ann.id()).orElseThrow();
            seen.add("read=" + read.email() + "," + read.displayName() + "," + read.createdAt().toEpochMilli() + ","
                    + read.status() + "," + read.balance() + "," + Arrays.toString(read.avatar()) + ","
                    + read.token() + "," + read.active() + "," + read.birthday() + "," + read.order());
            User nulls = users.insert(new User(null, "nil@example.com", null, null, null, null, null, null, false,
                    null, null));
            User nullsRead = users.findById(nulls.id()).orElseThrow();
            seen.add("nulls=" + nullsRead.displayName() + "," + nullsRead.createdAt() + "," + nullsRead.balance()
                    + "," + nullsRead.avatar() + "," + nullsRead.order());
            seen.add("update=" + users.update(new User(ann.id(), "ann@example.com", "Annie", null, null, null, null,
                    null, true, null, null)));
            seen.add("renamed=" + users.findById(ann.id()).orElseThrow().displayName());
            seen.add("count=" + users.count() + ",exists=" + users.existsById(ann.id()) + ","
                    + users.existsById(999L));
            seen.add("deleted=" + users.deleteById(nulls.id()) + "," + users.deleteById(nulls.id()));

            TagsRepository tags = factory.tagsRepository();
            List<Tag> inserted = tags.insertAll(List.of(new Tag("a"), new Tag("b"), new Tag("c")));
            seen.add("tagIds=" + inserted.stream().map(Tag::getId).toList());
            Page<Tag> page = tags.findAll(PageRequest.of(2, 2));
            seen.add("page=" + page.content().stream().map(Tag::getLabel).toList() + "," + page.totalElements()
                    + "," + page.hasNext());
            seen.add("all=" + tags.findAll().stream().map(Tag::getLabel).toList());
            seen.add("health=" + factory.healthCheck().healthy());
        }
        try {
            ServiceFactory.getInstance();
            seen.add("closed=still there");
        } catch (IllegalStateException expected) {
            seen.add("closed=cleared");
        }
        return seen;
    }
}
