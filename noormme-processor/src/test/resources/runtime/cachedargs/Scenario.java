package cachedargs;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Random cached reads whose arguments are collections and arrays, each compared with the same
 * filter applied in Java to the rows inserted; between calls the caller changes the very list,
 * set or array it passed, as a careless caller may. A cache keyed by the caller's object rather
 * than a copy would then be reached through a changed key. Returns one line per disagreement.
 */
public final class Scenario implements Function<String, List<String>> {

    private static final List<String> CATEGORIES = List.of("a", "b", "c", "d", "e");

    @Override
    public List<String> apply(String url) {
        long seed = Long.getLong("noormme.property.seed", 20261130L);
        Random random = new Random(seed);
        List<String> wrong = new ArrayList<>();
        try (ServiceFactory factory = ServiceFactory.create(
                DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(url).build())) {
            Items items = factory.items();
            for (int i = 0; i < 200; i++) {
                items.insert(new Item(null, CATEGORIES.get(random.nextInt(CATEGORIES.size())), random.nextInt(3),
                        new byte[] {(byte) random.nextInt(4)}));
            }
            List<Item> all = items.findAll();
            List<String> reused = new ArrayList<>();
            Set<String> reusedSet = new HashSet<>();
            byte[] reusedCode = new byte[1];
            for (int probe = 0; probe < 400; probe++) {
                reused.clear();
                reused.addAll(randomCategories(random));
                compare(wrong, "categories " + reused, items.findByCategoryInOrderByIdAsc(reused),
                        all, item -> reused.contains(item.category()));
                reusedSet.clear();
                reusedSet.addAll(randomCategories(random));
                int quantity = random.nextInt(3);
                compare(wrong, "categories " + reusedSet + " quantity " + quantity,
                        items.findByCategoryInAndQuantityOrderByIdAsc(reusedSet, quantity), all,
                        item -> reusedSet.contains(item.category()) && item.quantity() == quantity);
                reusedCode[0] = (byte) random.nextInt(4);
                byte code = reusedCode[0];
                compare(wrong, "code " + code, items.findByCodeOrderByIdAsc(reusedCode), all,
                        item -> Arrays.equals(item.code(), new byte[] {code}));
            }
            if (factory.database().cache().stats().hits() == 0) {
                wrong.add("no read was answered from the cache: the scenario tested nothing of it");
            }
        }
        return wrong;
    }

    private static Collection<String> randomCategories(Random random) {
        List<String> chosen = new ArrayList<>();
        for (String category : CATEGORIES) {
            if (random.nextInt(3) == 0) {
                chosen.add(category);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(CATEGORIES.get(random.nextInt(CATEGORIES.size())));
        }
        return chosen;
    }

    private static void compare(List<String> wrong, String what, List<Item> got, List<Item> all, Predicate<Item> filter) {
        List<Long> expected = all.stream().filter(filter).map(Item::id).toList();
        List<Long> actual = got.stream().map(Item::id).toList();
        if (!expected.equals(actual)) {
            wrong.add(what + ": expected ids " + expected + ", got " + actual);
        }
    }
}
