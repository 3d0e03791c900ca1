package io.gridgov.service;

import static io.gridgov.service.ServiceMessages.MESSAGES;

import io.gridgov.cases.CaseCategories;
import io.gridgov.cases.CaseEvent;
import io.gridgov.cases.CaseEvents;
import io.gridgov.cases.CaseLists;
import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseView;
import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.examples.sample.SampleCity;
import io.gridgov.spring.GridGovModel;
import io.gridgov.spring.cases.CaseReplayService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases over HTTP (案件接口): {@code POST /cases/events} appends events (JSON Lines, docs/formats/cases.md)
 * to the service's in-memory log, seeded with the sample month's events; {@code GET /cases/lists}
 * replays the log and answers a node's three lists (问题清单、交办清单、督办清单) and its struck-off
 * cases. A posted body with one bad line is refused whole (400 naming the line). Thread-safe.
 */
@RestController
public class CaseController {

    private final CaseReplayService replay;
    private final CaseCategories categories;
    private final WorkCalendar calendar;
    private final GridGovModel model;
    private final List<CaseEvent> log = new ArrayList<>();

    /**
     * Creates the controller and reads the sample month's events.
     *
     * @param replay the replay service
     * @param categories the categories
     * @param calendar the work calendar (its zone reads times without an offset)
     * @param model the grid model
     */
    public CaseController(CaseReplayService replay, CaseCategories categories, WorkCalendar calendar,
            GridGovModel model) {
        this.replay = replay;
        this.categories = categories;
        this.calendar = calendar;
        this.model = model;
        try (InputStream in = SampleCity.class.getResourceAsStream(SampleCity.DIRECTORY + SampleCity.CASES)) {
            if (in == null) {
                throw new IllegalStateException("the sample file " + SampleCity.CASES + " is missing");
            }
            CaseEvents.read(in, SampleCity.CASES, categories, calendar.zone(), log::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends events.
     *
     * @param body JSON Lines, one event per line
     * @return how many events were accepted and the log's size
     */
    @PostMapping(path = "/cases/events", consumes = {"application/x-ndjson", "application/jsonl", "application/json",
        "text/plain"})
    public Map<String, Long> append(@RequestBody byte[] body) {
        List<CaseEvent> read = new ArrayList<>();
        long n = CaseEvents.read(new ByteArrayInputStream(body), "request body", categories, calendar.zone(), read::add);
        synchronized (log) {
            log.addAll(read);
            return Map.of("accepted", n, "events", (long) log.size());
        }
    }

    /**
     * A case on a list. @param id the case @param category its category @param status its status
     * @param grid its grid, or null @param responsible who handles it (kind:id) @param deadline its deadline, or null
     * @param minutesLeft working minutes left (negative: overdue), or null @param overdue whether overdue
     */
    public record Case(String id, String category, String status, String grid, String responsible, Instant deadline,
            Long minutesLeft, boolean overdue) {
        static Case of(CaseView v) {
            return new Case(v.id(), v.state().category(), v.state().status().name(), v.state().grid().orElse(null),
                    v.responsible().kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + v.responsible().id(),
                    v.deadline().orElse(null),
                    v.minutesLeft().isPresent() ? v.minutesLeft().getAsLong() : null, v.overdue());
        }
    }

    /**
     * A node's lists. @param node the node @param asOf the instant @param problems 问题清单 @param assigned 交办清单
     * @param supervision 督办清单 @param struckOff 销号 @param findings how many invalid event sequences the replay found
     */
    public record Lists(String node, Instant asOf, List<Case> problems, List<Case> assigned, List<Case> supervision,
            List<Case> struckOff, int findings) {
    }

    /**
     * The three lists of a node's subtree.
     *
     * @param node the node id
     * @param asOf the instant (default: now)
     * @return the lists; 404 for an unknown node
     */
    @GetMapping("/cases/lists")
    public Lists lists(@RequestParam String node,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        if (!model.tree().contains(node)) {
            throw new NotFoundException(MESSAGES.text("node.unknown", node));
        }
        List<CaseEvent> events;
        synchronized (log) {
            events = List.copyOf(log);
        }
        CaseReport report = replay.replay(events, asOf == null ? Instant.now() : asOf);
        CaseLists l = report.lists(node);
        return new Lists(node, l.asOf(), cases(l.problems()), cases(l.assigned()), cases(l.supervision()),
                cases(l.struckOff()), report.findings().size());
    }

    private static List<Case> cases(List<CaseView> views) {
        return views.stream().map(Case::of).toList();
    }
}
