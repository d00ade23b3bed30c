package com.jkcloud.monitor.export;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.common.time.ChinaDates;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Downloads: CSV (UTF-8 with a BOM, sent row by row) and Excel workbooks of the fleet, incomes and withdrawals. */
@Path("/api/v1/exports")
@Tag(name = "Fleet and stats")
@Authenticated
public class ExportResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_DAYS = 366;
    private static final int DEFAULT_DAYS = 30;

    private final ExportTables tables;
    private final CallerIdentity caller;
    private final Clock clock;

    public ExportResource(ExportTables tables, CallerIdentity caller, Clock clock) {
        this.tables = tables;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("/fleet.csv")
    @Produces(CSV)
    public Multi<String> fleetCsv() {
        return csv(tables.fleet(caller.userId()), "fleet.csv");
    }

    @GET
    @Path("/fleet.xlsx")
    @Produces(XLSX)
    public Uni<RestResponse<byte[]>> fleetXlsx() {
        return xlsx(tables.fleet(caller.userId()), "fleet.xlsx");
    }

    @GET
    @Path("/income.csv")
    @Produces(CSV)
    public Multi<String> incomeCsv(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("groupId") String groupId) {
        return csv(income(from, to, groupId), "income.csv");
    }

    @GET
    @Path("/income.xlsx")
    @Produces(XLSX)
    public Uni<RestResponse<byte[]>> incomeXlsx(@QueryParam("from") String from, @QueryParam("to") String to,
                                                @QueryParam("groupId") String groupId) {
        return xlsx(income(from, to, groupId), "income.xlsx");
    }

    @GET
    @Path("/withdrawals.csv")
    @Produces(CSV)
    public Multi<String> withdrawalsCsv() {
        return csv(tables.withdrawals(caller.userId()), "withdrawals.csv");
    }

    @GET
    @Path("/withdrawals.xlsx")
    @Produces(XLSX)
    public Uni<RestResponse<byte[]>> withdrawalsXlsx() {
        return xlsx(tables.withdrawals(caller.userId()), "withdrawals.xlsx");
    }

    /** Default: the 30 days ending yesterday (China time); at most 366 days. */
    private Uni<Table> income(String from, String to, String groupId) {
        LocalDate last = date("to", to, ChinaDates.yesterday(clock));
        LocalDate first = date("from", from, last.minusDays(DEFAULT_DAYS - 1L));
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days < 1 || days > MAX_DAYS) {
            throw ApiException.invalidField("to", ExportMessage.RANGE_TOO_LONG);
        }
        ObjectId group = null;
        if (groupId != null && !groupId.isBlank()) {
            if (!ObjectId.isValid(groupId.trim())) {
                throw ApiException.notFound();
            }
            group = new ObjectId(groupId.trim());
        }
        return tables.income(caller.userId(), first, last, group);
    }

    private static Multi<String> csv(Uni<Table> table, String fileName) {
        // the table is loaded (and its errors answered as JSON) before the first byte of the file is sent
        return RestMulti.fromUniResponse(table, CsvFiles::of, loaded -> java.util.Map.of(
                "Content-Disposition", java.util.List.of("attachment; filename=\"" + fileName + "\""),
                "Content-Type", java.util.List.of(CSV)));
    }

    private static Uni<RestResponse<byte[]>> xlsx(Uni<Table> table, String fileName) {
        return table.emitOn(Infrastructure.getDefaultWorkerPool())
                .map(XlsxFiles::of)
                .map(bytes -> RestResponse.ResponseBuilder.ok(bytes, XLSX)
                        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build());
    }

    private static LocalDate date(String field, String value, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException malformed) {
            throw ApiException.invalidField(field, ExportMessage.DATE_MALFORMED);
        }
    }
}
