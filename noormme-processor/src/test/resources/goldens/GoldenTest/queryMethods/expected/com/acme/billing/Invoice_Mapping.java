package com.acme.billing;

import dev.noormme.internal.Columns;
import dev.noormme.internal.EntityMapping;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The table mapping of {@link Invoice}: its SQL, binder and row reader.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class Invoice_Mapping implements EntityMapping<Invoice, Long> {
    /**
     * The only instance: mappings are stateless.
     */
    public static final Invoice_Mapping INSTANCE = new Invoice_Mapping();

    private static final String TABLE = "invoices";

    private static final String ID_COLUMN = "id";

    private static final String CREATE_TABLE_SQL = "CREATE TABLE IF NOT EXISTS `invoices` (`id` INTEGER PRIMARY KEY, `customer` TEXT NOT NULL, `invoice_date` TEXT, `billing_order` INTEGER NOT NULL, `amount` TEXT COLLATE DECIMAL, `status` TEXT, `paid` INTEGER NOT NULL, `note` TEXT)";

    private static final String SELECT_SQL = "SELECT `id`, `customer`, `invoice_date`, `billing_order`, `amount`, `status`, `paid`, `note` FROM `invoices`";

    private static final String SELECT_BY_ID_SQL = "SELECT `id`, `customer`, `invoice_date`, `billing_order`, `amount`, `status`, `paid`, `note` FROM `invoices` WHERE `id` = ?";

    private static final String SELECT_ALL_SQL = "SELECT `id`, `customer`, `invoice_date`, `billing_order`, `amount`, `status`, `paid`, `note` FROM `invoices` ORDER BY `id`";

    private static final String INSERT_SQL = "INSERT INTO `invoices` (`id`, `customer`, `invoice_date`, `billing_order`, `amount`, `status`, `paid`, `note`) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_WITHOUT_ID_SQL = "INSERT INTO `invoices` (`customer`, `invoice_date`, `billing_order`, `amount`, `status`, `paid`, `note`) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_RETURNING_ID_SQL = "INSERT INTO `invoices` (`customer`, `invoice_date`, `billing_order`, `amount`, `status`, `paid`, `note`) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING `id`";

    private static final String UPDATE_SQL = "UPDATE `invoices` SET `customer` = ?, `invoice_date` = ?, `billing_order` = ?, `amount` = ?, `status` = ?, `paid` = ?, `note` = ? WHERE `id` = ?";

    private static final String UPSERT_SQL = "INSERT INTO `invoices` (`id`, `customer`, `invoice_date`, `billing_order`, `amount`, `status`, `paid`, `note`) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `customer` = excluded.`customer`, `invoice_date` = excluded.`invoice_date`, `billing_order` = excluded.`billing_order`, `amount` = excluded.`amount`, `status` = excluded.`status`, `paid` = excluded.`paid`, `note` = excluded.`note`";

    private static final String DELETE_BY_ID_SQL = "DELETE FROM `invoices` WHERE `id` = ?";

    private static final String COUNT_SQL = "SELECT COUNT(*) FROM `invoices`";

    private static final String EXISTS_BY_ID_SQL = "SELECT EXISTS(SELECT 1 FROM `invoices` WHERE `id` = ?)";

    private static final List<String> SCHEMA = List.of(CREATE_TABLE_SQL);

    private static final Map<String, String> COLUMNS_BY_PROPERTY = columnsByPropertyInColumnOrder();

    private Invoice_Mapping() {
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public String idColumn() {
        return ID_COLUMN;
    }

    @Override
    public boolean generatedId() {
        return true;
    }

    @Override
    public Map<String, String> columnsByProperty() {
        return COLUMNS_BY_PROPERTY;
    }

    @Override
    public List<String> schema() {
        return SCHEMA;
    }

    @Override
    public String selectSql() {
        return SELECT_SQL;
    }

    @Override
    public String selectByIdSql() {
        return SELECT_BY_ID_SQL;
    }

    @Override
    public String selectAllSql() {
        return SELECT_ALL_SQL;
    }

    @Override
    public String insertSql() {
        return INSERT_SQL;
    }

    @Override
    public String insertWithoutIdSql() {
        return INSERT_WITHOUT_ID_SQL;
    }

    @Override
    public String insertReturningIdSql() {
        return INSERT_RETURNING_ID_SQL;
    }

    @Override
    public String updateSql() {
        return UPDATE_SQL;
    }

    @Override
    public String upsertSql() {
        return UPSERT_SQL;
    }

    @Override
    public String deleteByIdSql() {
        return DELETE_BY_ID_SQL;
    }

    @Override
    public String countSql() {
        return COUNT_SQL;
    }

    @Override
    public String existsByIdSql() {
        return EXISTS_BY_ID_SQL;
    }

    @Override
    public Long id(Invoice entity) {
        return entity.id();
    }

    @Override
    public boolean hasNoId(Invoice entity) {
        return entity.id() == null;
    }

    @Override
    public Invoice withGeneratedId(Invoice entity, long id) {
        return new Invoice(id, entity.customer(), entity.invoiceDate(), entity.billingOrder(),
                entity.amount(), entity.status(), entity.paid(), entity.note());
    }

    @Override
    public void bindId(PreparedStatement statement, int index, Long id) throws SQLException {
        Columns.setLong(statement, index, id);
    }

    @Override
    public int bindColumns(PreparedStatement statement, Invoice entity, int first) throws
            SQLException {
        Columns.setString(statement, first, entity.customer());
        Columns.setLocalDate(statement, first + 1, entity.invoiceDate());
        statement.setInt(first + 2, entity.billingOrder());
        Columns.setBigDecimal(statement, first + 3, entity.amount());
        Columns.setEnum(statement, first + 4, entity.status());
        statement.setInt(first + 5, entity.paid() ? 1 : 0);
        Columns.setString(statement, first + 6, entity.note());
        return first + 7;
    }

    @Override
    public Invoice read(ResultSet row) throws SQLException {
        return new Invoice(
                row.getLong(1),
                row.getString(2),
                Columns.getLocalDate(row, 3),
                row.getInt(4),
                Columns.getBigDecimal(row, 5),
                Columns.getEnum(row, 6, Invoice.Status::valueOf),
                Columns.getPrimitiveBoolean(row, 7),
                row.getString(8));
    }

    private static Map<String, String> columnsByPropertyInColumnOrder() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("customer", "customer");
        columns.put("invoiceDate", "invoice_date");
        columns.put("billingOrder", "billing_order");
        columns.put("amount", "amount");
        columns.put("status", "status");
        columns.put("paid", "paid");
        columns.put("note", "note");
        return Collections.unmodifiableMap(columns);
    }
}
