package dev.noormme.connection;

/**
 * Where a {@code jdbc:postgresql:} url points, for messages: {@code //host:port/database} (the
 * port 5432 when absent; the first host of a list) or {@code database} alone (localhost).
 * Read from the url text, so no PostgreSQL class is needed to name the server that failed.
 */
record PostgresAddress(String host, int port, String database) {

    private static final int DEFAULT_PORT = 5432;

    static PostgresAddress of(String url) {
        String rest = url.substring("jdbc:postgresql:".length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (!rest.startsWith("//")) {
            return new PostgresAddress("localhost", DEFAULT_PORT, rest);
        }
        rest = rest.substring(2);
        int slash = rest.indexOf('/');
        String hosts = slash >= 0 ? rest.substring(0, slash) : rest;
        String database = slash >= 0 ? rest.substring(slash + 1) : "";
        String first = hosts.split(",", 2)[0];
        int colon = first.lastIndexOf(':');
        if (colon <= first.lastIndexOf(']')) { // no port; an IPv6 host is bracketed
            return new PostgresAddress(first.isEmpty() ? "localhost" : first, DEFAULT_PORT, database);
        }
        String host = first.substring(0, colon);
        int port;
        try {
            port = Integer.parseInt(first.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = DEFAULT_PORT;
        }
        return new PostgresAddress(host.isEmpty() ? "localhost" : host, port, database);
    }

    /**
     * {@code url} with the value of its {@code password} parameter hidden: the url of messages and
     * logs, which must not carry a password.
     */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    /** {@code host:port}, as a person checks it. */
    String hostAndPort() {
        return host + ":" + port;
    }
}
