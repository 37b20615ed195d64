package dev.noormme.it;

import dev.noormme.annotations.Query;
import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every comparison keyword, ordering and aggregate on every supported type, as derived methods
 * and as {@code @Query}: what {@link TypeOrderingPropertyTest} compares with Java's own ordering.
 * The methods of each property have the same shape, one block per property.
 */
@Repository
// Every comparison of every type is run on a few random rows: scans are the point, not a mistake.
@SuppressWarnings("noormme-index")
public interface SpecimensRepository extends CrudRepository<Specimen, Long> {

    List<Specimen> findByText(String value);

    List<Specimen> findByTextNot(String value);

    List<Specimen> findByTextLessThan(String value);

    List<Specimen> findByTextLessThanEqual(String value);

    List<Specimen> findByTextGreaterThan(String value);

    List<Specimen> findByTextGreaterThanEqual(String value);

    List<Specimen> findByTextBetween(String low, String high);

    List<Specimen> findByTextIn(Collection<String> values);

    List<Specimen> findByTextNotIn(Collection<String> values);

    List<Specimen> findByTextIsNull();

    List<Specimen> findByOrderByTextAscIdAsc();

    List<Specimen> findByOrderByTextDescIdAsc();

    @Query("SELECT * FROM specimens WHERE text BETWEEN :low AND :high ORDER BY text, id")
    List<Specimen> betweenText(String low, String high);

    @Query("SELECT * FROM specimens WHERE text < :value ORDER BY text DESC, id")
    List<Specimen> belowText(String value);

    @Query("SELECT MIN(text) FROM specimens")
    Optional<String> minText();

    @Query("SELECT MAX(text) FROM specimens")
    Optional<String> maxText();

    List<Specimen> findByLongValue(Long value);

    List<Specimen> findByLongValueNot(Long value);

    List<Specimen> findByLongValueLessThan(Long value);

    List<Specimen> findByLongValueLessThanEqual(Long value);

    List<Specimen> findByLongValueGreaterThan(Long value);

    List<Specimen> findByLongValueGreaterThanEqual(Long value);

    List<Specimen> findByLongValueBetween(Long low, Long high);

    List<Specimen> findByLongValueIn(Collection<Long> values);

    List<Specimen> findByLongValueNotIn(Collection<Long> values);

    List<Specimen> findByLongValueIsNull();

    List<Specimen> findByOrderByLongValueAscIdAsc();

    List<Specimen> findByOrderByLongValueDescIdAsc();

    @Query("SELECT * FROM specimens WHERE long_value BETWEEN :low AND :high ORDER BY long_value, id")
    List<Specimen> betweenLongValue(Long low, Long high);

    @Query("SELECT * FROM specimens WHERE long_value < :value ORDER BY long_value DESC, id")
    List<Specimen> belowLongValue(Long value);

    @Query("SELECT MIN(long_value) FROM specimens")
    Optional<Long> minLongValue();

    @Query("SELECT MAX(long_value) FROM specimens")
    Optional<Long> maxLongValue();

    List<Specimen> findByIntValue(Integer value);

    List<Specimen> findByIntValueNot(Integer value);

    List<Specimen> findByIntValueLessThan(Integer value);

    List<Specimen> findByIntValueLessThanEqual(Integer value);

    List<Specimen> findByIntValueGreaterThan(Integer value);

    List<Specimen> findByIntValueGreaterThanEqual(Integer value);

    List<Specimen> findByIntValueBetween(Integer low, Integer high);

    List<Specimen> findByIntValueIn(Collection<Integer> values);

    List<Specimen> findByIntValueNotIn(Collection<Integer> values);

    List<Specimen> findByIntValueIsNull();

    List<Specimen> findByOrderByIntValueAscIdAsc();

    List<Specimen> findByOrderByIntValueDescIdAsc();

    @Query("SELECT * FROM specimens WHERE int_value BETWEEN :low AND :high ORDER BY int_value, id")
    List<Specimen> betweenIntValue(Integer low, Integer high);

    @Query("SELECT * FROM specimens WHERE int_value < :value ORDER BY int_value DESC, id")
    List<Specimen> belowIntValue(Integer value);

    @Query("SELECT MIN(int_value) FROM specimens")
    Optional<Integer> minIntValue();

    @Query("SELECT MAX(int_value) FROM specimens")
    Optional<Integer> maxIntValue();

    List<Specimen> findByShortValue(Short value);

    List<Specimen> findByShortValueNot(Short value);

    List<Specimen> findByShortValueLessThan(Short value);

    List<Specimen> findByShortValueLessThanEqual(Short value);

    List<Specimen> findByShortValueGreaterThan(Short value);

    List<Specimen> findByShortValueGreaterThanEqual(Short value);

    List<Specimen> findByShortValueBetween(Short low, Short high);

    List<Specimen> findByShortValueIn(Collection<Short> values);

    List<Specimen> findByShortValueNotIn(Collection<Short> values);

    List<Specimen> findByShortValueIsNull();

    List<Specimen> findByOrderByShortValueAscIdAsc();

    List<Specimen> findByOrderByShortValueDescIdAsc();

    @Query("SELECT * FROM specimens WHERE short_value BETWEEN :low AND :high ORDER BY short_value, id")
    List<Specimen> betweenShortValue(Short low, Short high);

    @Query("SELECT * FROM specimens WHERE short_value < :value ORDER BY short_value DESC, id")
    List<Specimen> belowShortValue(Short value);

    @Query("SELECT MIN(short_value) FROM specimens")
    Optional<Short> minShortValue();

    @Query("SELECT MAX(short_value) FROM specimens")
    Optional<Short> maxShortValue();

    List<Specimen> findByDoubleValue(Double value);

    List<Specimen> findByDoubleValueNot(Double value);

    List<Specimen> findByDoubleValueLessThan(Double value);

    List<Specimen> findByDoubleValueLessThanEqual(Double value);

    List<Specimen> findByDoubleValueGreaterThan(Double value);

    List<Specimen> findByDoubleValueGreaterThanEqual(Double value);

    List<Specimen> findByDoubleValueBetween(Double low, Double high);

    List<Specimen> findByDoubleValueIn(Collection<Double> values);

    List<Specimen> findByDoubleValueNotIn(Collection<Double> values);

    List<Specimen> findByDoubleValueIsNull();

    List<Specimen> findByOrderByDoubleValueAscIdAsc();

    List<Specimen> findByOrderByDoubleValueDescIdAsc();

    @Query("SELECT * FROM specimens WHERE double_value BETWEEN :low AND :high ORDER BY double_value, id")
    List<Specimen> betweenDoubleValue(Double low, Double high);

    @Query("SELECT * FROM specimens WHERE double_value < :value ORDER BY double_value DESC, id")
    List<Specimen> belowDoubleValue(Double value);

    @Query("SELECT MIN(double_value) FROM specimens")
    Optional<Double> minDoubleValue();

    @Query("SELECT MAX(double_value) FROM specimens")
    Optional<Double> maxDoubleValue();

    List<Specimen> findByFloatValue(Float value);

    List<Specimen> findByFloatValueNot(Float value);

    List<Specimen> findByFloatValueLessThan(Float value);

    List<Specimen> findByFloatValueLessThanEqual(Float value);

    List<Specimen> findByFloatValueGreaterThan(Float value);

    List<Specimen> findByFloatValueGreaterThanEqual(Float value);

    List<Specimen> findByFloatValueBetween(Float low, Float high);

    List<Specimen> findByFloatValueIn(Collection<Float> values);

    List<Specimen> findByFloatValueNotIn(Collection<Float> values);

    List<Specimen> findByFloatValueIsNull();

    List<Specimen> findByOrderByFloatValueAscIdAsc();

    List<Specimen> findByOrderByFloatValueDescIdAsc();

    @Query("SELECT * FROM specimens WHERE float_value BETWEEN :low AND :high ORDER BY float_value, id")
    List<Specimen> betweenFloatValue(Float low, Float high);

    @Query("SELECT * FROM specimens WHERE float_value < :value ORDER BY float_value DESC, id")
    List<Specimen> belowFloatValue(Float value);

    @Query("SELECT MIN(float_value) FROM specimens")
    Optional<Float> minFloatValue();

    @Query("SELECT MAX(float_value) FROM specimens")
    Optional<Float> maxFloatValue();

    List<Specimen> findByFlag(Boolean value);

    List<Specimen> findByFlagNot(Boolean value);

    List<Specimen> findByFlagLessThan(Boolean value);

    List<Specimen> findByFlagLessThanEqual(Boolean value);

    List<Specimen> findByFlagGreaterThan(Boolean value);

    List<Specimen> findByFlagGreaterThanEqual(Boolean value);

    List<Specimen> findByFlagBetween(Boolean low, Boolean high);

    List<Specimen> findByFlagIn(Collection<Boolean> values);

    List<Specimen> findByFlagNotIn(Collection<Boolean> values);

    List<Specimen> findByFlagIsNull();

    List<Specimen> findByOrderByFlagAscIdAsc();

    List<Specimen> findByOrderByFlagDescIdAsc();

    @Query("SELECT * FROM specimens WHERE flag BETWEEN :low AND :high ORDER BY flag, id")
    List<Specimen> betweenFlag(Boolean low, Boolean high);

    @Query("SELECT * FROM specimens WHERE flag < :value ORDER BY flag DESC, id")
    List<Specimen> belowFlag(Boolean value);

    // PostgreSQL has no MIN/MAX of a boolean: bool_and and bool_or are the same over false < true.
    @Query(value = "SELECT MIN(flag) FROM specimens", postgresql = "SELECT bool_and(flag) FROM specimens")
    Optional<Boolean> minFlag();

    @Query(value = "SELECT MAX(flag) FROM specimens", postgresql = "SELECT bool_or(flag) FROM specimens")
    Optional<Boolean> maxFlag();

    List<Specimen> findByDecimal(BigDecimal value);

    List<Specimen> findByDecimalNot(BigDecimal value);

    List<Specimen> findByDecimalLessThan(BigDecimal value);

    List<Specimen> findByDecimalLessThanEqual(BigDecimal value);

    List<Specimen> findByDecimalGreaterThan(BigDecimal value);

    List<Specimen> findByDecimalGreaterThanEqual(BigDecimal value);

    List<Specimen> findByDecimalBetween(BigDecimal low, BigDecimal high);

    List<Specimen> findByDecimalIn(Collection<BigDecimal> values);

    List<Specimen> findByDecimalNotIn(Collection<BigDecimal> values);

    List<Specimen> findByDecimalIsNull();

    List<Specimen> findByOrderByDecimalAscIdAsc();

    List<Specimen> findByOrderByDecimalDescIdAsc();

    @Query("SELECT * FROM specimens WHERE decimal BETWEEN :low AND :high ORDER BY decimal, id")
    List<Specimen> betweenDecimal(BigDecimal low, BigDecimal high);

    @Query("SELECT * FROM specimens WHERE decimal < :value ORDER BY decimal DESC, id")
    List<Specimen> belowDecimal(BigDecimal value);

    @Query("SELECT MIN(decimal) FROM specimens")
    Optional<BigDecimal> minDecimal();

    @Query("SELECT MAX(decimal) FROM specimens")
    Optional<BigDecimal> maxDecimal();

    List<Specimen> findByBytes(byte[] value);

    List<Specimen> findByBytesNot(byte[] value);

    List<Specimen> findByBytesLessThan(byte[] value);

    List<Specimen> findByBytesLessThanEqual(byte[] value);

    List<Specimen> findByBytesGreaterThan(byte[] value);

    List<Specimen> findByBytesGreaterThanEqual(byte[] value);

    List<Specimen> findByBytesBetween(byte[] low, byte[] high);

    List<Specimen> findByBytesIn(Collection<byte[]> values);

    List<Specimen> findByBytesNotIn(Collection<byte[]> values);

    List<Specimen> findByBytesIsNull();

    List<Specimen> findByOrderByBytesAscIdAsc();

    List<Specimen> findByOrderByBytesDescIdAsc();

    @Query("SELECT * FROM specimens WHERE bytes BETWEEN :low AND :high ORDER BY bytes, id")
    List<Specimen> betweenBytes(byte[] low, byte[] high);

    @Query("SELECT * FROM specimens WHERE bytes < :value ORDER BY bytes DESC, id")
    List<Specimen> belowBytes(byte[] value);

    // PostgreSQL has no MIN/MAX of a bytea: the first value in its order is the same.
    @Query(value = "SELECT MIN(bytes) FROM specimens",
            postgresql = "SELECT bytes FROM specimens WHERE bytes IS NOT NULL ORDER BY bytes LIMIT 1")
    Optional<byte[]> minBytes();

    @Query(value = "SELECT MAX(bytes) FROM specimens",
            postgresql = "SELECT bytes FROM specimens WHERE bytes IS NOT NULL ORDER BY bytes DESC LIMIT 1")
    Optional<byte[]> maxBytes();

    List<Specimen> findByUuid(UUID value);

    List<Specimen> findByUuidNot(UUID value);

    List<Specimen> findByUuidLessThan(UUID value);

    List<Specimen> findByUuidLessThanEqual(UUID value);

    List<Specimen> findByUuidGreaterThan(UUID value);

    List<Specimen> findByUuidGreaterThanEqual(UUID value);

    List<Specimen> findByUuidBetween(UUID low, UUID high);

    List<Specimen> findByUuidIn(Collection<UUID> values);

    List<Specimen> findByUuidNotIn(Collection<UUID> values);

    List<Specimen> findByUuidIsNull();

    List<Specimen> findByOrderByUuidAscIdAsc();

    List<Specimen> findByOrderByUuidDescIdAsc();

    @Query("SELECT * FROM specimens WHERE uuid BETWEEN :low AND :high ORDER BY uuid, id")
    List<Specimen> betweenUuid(UUID low, UUID high);

    @Query("SELECT * FROM specimens WHERE uuid < :value ORDER BY uuid DESC, id")
    List<Specimen> belowUuid(UUID value);

    // PostgreSQL has no MIN/MAX of a uuid: the first value in its order is the same.
    @Query(value = "SELECT MIN(uuid) FROM specimens",
            postgresql = "SELECT uuid FROM specimens WHERE uuid IS NOT NULL ORDER BY uuid LIMIT 1")
    Optional<UUID> minUuid();

    @Query(value = "SELECT MAX(uuid) FROM specimens",
            postgresql = "SELECT uuid FROM specimens WHERE uuid IS NOT NULL ORDER BY uuid DESC LIMIT 1")
    Optional<UUID> maxUuid();

    List<Specimen> findByShade(Shade value);

    List<Specimen> findByShadeNot(Shade value);

    List<Specimen> findByShadeLessThan(Shade value);

    List<Specimen> findByShadeLessThanEqual(Shade value);

    List<Specimen> findByShadeGreaterThan(Shade value);

    List<Specimen> findByShadeGreaterThanEqual(Shade value);

    List<Specimen> findByShadeBetween(Shade low, Shade high);

    List<Specimen> findByShadeIn(Collection<Shade> values);

    List<Specimen> findByShadeNotIn(Collection<Shade> values);

    List<Specimen> findByShadeIsNull();

    List<Specimen> findByOrderByShadeAscIdAsc();

    List<Specimen> findByOrderByShadeDescIdAsc();

    @Query("SELECT * FROM specimens WHERE shade BETWEEN :low AND :high ORDER BY shade, id")
    List<Specimen> betweenShade(Shade low, Shade high);

    @Query("SELECT * FROM specimens WHERE shade < :value ORDER BY shade DESC, id")
    List<Specimen> belowShade(Shade value);

    @Query("SELECT MIN(shade) FROM specimens")
    Optional<Shade> minShade();

    @Query("SELECT MAX(shade) FROM specimens")
    Optional<Shade> maxShade();

    List<Specimen> findByInstant(Instant value);

    List<Specimen> findByInstantNot(Instant value);

    List<Specimen> findByInstantLessThan(Instant value);

    List<Specimen> findByInstantLessThanEqual(Instant value);

    List<Specimen> findByInstantGreaterThan(Instant value);

    List<Specimen> findByInstantGreaterThanEqual(Instant value);

    List<Specimen> findByInstantBetween(Instant low, Instant high);

    List<Specimen> findByInstantIn(Collection<Instant> values);

    List<Specimen> findByInstantNotIn(Collection<Instant> values);

    List<Specimen> findByInstantIsNull();

    List<Specimen> findByOrderByInstantAscIdAsc();

    List<Specimen> findByOrderByInstantDescIdAsc();

    @Query("SELECT * FROM specimens WHERE instant BETWEEN :low AND :high ORDER BY instant, id")
    List<Specimen> betweenInstant(Instant low, Instant high);

    @Query("SELECT * FROM specimens WHERE instant < :value ORDER BY instant DESC, id")
    List<Specimen> belowInstant(Instant value);

    @Query("SELECT MIN(instant) FROM specimens")
    Optional<Instant> minInstant();

    @Query("SELECT MAX(instant) FROM specimens")
    Optional<Instant> maxInstant();

    List<Specimen> findByInstantBefore(Instant value);

    List<Specimen> findByInstantAfter(Instant value);

    List<Specimen> findByDate(LocalDate value);

    List<Specimen> findByDateNot(LocalDate value);

    List<Specimen> findByDateLessThan(LocalDate value);

    List<Specimen> findByDateLessThanEqual(LocalDate value);

    List<Specimen> findByDateGreaterThan(LocalDate value);

    List<Specimen> findByDateGreaterThanEqual(LocalDate value);

    List<Specimen> findByDateBetween(LocalDate low, LocalDate high);

    List<Specimen> findByDateIn(Collection<LocalDate> values);

    List<Specimen> findByDateNotIn(Collection<LocalDate> values);

    List<Specimen> findByDateIsNull();

    List<Specimen> findByOrderByDateAscIdAsc();

    List<Specimen> findByOrderByDateDescIdAsc();

    @Query("SELECT * FROM specimens WHERE date BETWEEN :low AND :high ORDER BY date, id")
    List<Specimen> betweenDate(LocalDate low, LocalDate high);

    @Query("SELECT * FROM specimens WHERE date < :value ORDER BY date DESC, id")
    List<Specimen> belowDate(LocalDate value);

    @Query("SELECT MIN(date) FROM specimens")
    Optional<LocalDate> minDate();

    @Query("SELECT MAX(date) FROM specimens")
    Optional<LocalDate> maxDate();

    List<Specimen> findByDateBefore(LocalDate value);

    List<Specimen> findByDateAfter(LocalDate value);

    List<Specimen> findByDateTime(LocalDateTime value);

    List<Specimen> findByDateTimeNot(LocalDateTime value);

    List<Specimen> findByDateTimeLessThan(LocalDateTime value);

    List<Specimen> findByDateTimeLessThanEqual(LocalDateTime value);

    List<Specimen> findByDateTimeGreaterThan(LocalDateTime value);

    List<Specimen> findByDateTimeGreaterThanEqual(LocalDateTime value);

    List<Specimen> findByDateTimeBetween(LocalDateTime low, LocalDateTime high);

    List<Specimen> findByDateTimeIn(Collection<LocalDateTime> values);

    List<Specimen> findByDateTimeNotIn(Collection<LocalDateTime> values);

    List<Specimen> findByDateTimeIsNull();

    List<Specimen> findByOrderByDateTimeAscIdAsc();

    List<Specimen> findByOrderByDateTimeDescIdAsc();

    @Query("SELECT * FROM specimens WHERE date_time BETWEEN :low AND :high ORDER BY date_time, id")
    List<Specimen> betweenDateTime(LocalDateTime low, LocalDateTime high);

    @Query("SELECT * FROM specimens WHERE date_time < :value ORDER BY date_time DESC, id")
    List<Specimen> belowDateTime(LocalDateTime value);

    @Query("SELECT MIN(date_time) FROM specimens")
    Optional<LocalDateTime> minDateTime();

    @Query("SELECT MAX(date_time) FROM specimens")
    Optional<LocalDateTime> maxDateTime();

    List<Specimen> findByDateTimeBefore(LocalDateTime value);

    List<Specimen> findByDateTimeAfter(LocalDateTime value);
}
