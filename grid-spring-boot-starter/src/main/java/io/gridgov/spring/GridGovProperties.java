package io.gridgov.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code gridgov.*} properties of a Spring Boot application (配置属性): where the grid tree, its
 * boundaries, duty templates, work calendar, case categories and scoring scheme come from, and the
 * language of messages. File properties take Spring resource locations ({@code classpath:...},
 * {@code file:...}, a plain path). Every file is read and checked at start-up by the library's own
 * strict readers; a bad file stops the application with the reader's located, bilingual message
 * ({@link GridGovFailureAnalyzer}).
 *
 * <p>A mutable JavaBean, as Spring's binder fills it; not thread-safe while binding, read-only after.
 */
@ConfigurationProperties(prefix = "gridgov")
public class GridGovProperties {

    /**
     * The language of the starter's messages and of problem details: "en", "zh", or empty for both
     * (English, then Chinese).
     */
    private String language = "";

    private final Tree tree = new Tree();
    private final Boundaries boundaries = new Boundaries();
    private final Duties duties = new Duties();
    private final Calendar calendar = new Calendar();
    private final Cases cases = new Cases();
    private final Scoring scoring = new Scoring();

    /** {@return the language property as given} */
    public String getLanguage() {
        return language;
    }

    /** Sets the language: "en", "zh" or empty for both. @param language the language */
    public void setLanguage(String language) {
        this.language = language == null ? "" : language.trim();
    }

    /** {@return the chosen language, empty when messages are given in both} */
    public Optional<Locale> locale() {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "" -> Optional.empty();
            case "en" -> Optional.of(Locale.ENGLISH);
            case "zh", "zh-cn", "zh_cn" -> Optional.of(Locale.SIMPLIFIED_CHINESE);
            default -> throw new IllegalArgumentException("gridgov.language must be en, zh or empty, not " + language);
        };
    }

    /** {@return the tree properties} */
    public Tree getTree() {
        return tree;
    }

    /** {@return the boundary properties} */
    public Boundaries getBoundaries() {
        return boundaries;
    }

    /** {@return the duty properties} */
    public Duties getDuties() {
        return duties;
    }

    /** {@return the work calendar properties} */
    public Calendar getCalendar() {
        return calendar;
    }

    /** {@return the case properties} */
    public Cases getCases() {
        return cases;
    }

    /** {@return the scoring properties} */
    public Scoring getScoring() {
        return scoring;
    }

    /** The grid tree (网格树): a tree file with its staffing, and optionally its level scheme. */
    public static class Tree {

        /** The tree file (docs/formats/tree.md), with staffing. Without it no tree, boundaries or planner beans are made. */
        private Resource file;

        /**
         * The level scheme: a preset id (urban, rural, party-building, fire-safety, enterprise-safety,
         * public-health) or a scheme JSON file. Default: the scheme the tree file names.
         */
        private String scheme = "";

        /** {@return the tree file, or null} */
        public Resource getFile() {
            return file;
        }

        /** @param file the tree file */
        public void setFile(Resource file) {
            this.file = file;
        }

        /** {@return the level scheme's id or file, empty for the tree file's own} */
        public String getScheme() {
            return scheme;
        }

        /** @param scheme a preset id or a scheme file */
        public void setScheme(String scheme) {
            this.scheme = scheme == null ? "" : scheme.trim();
        }
    }

    /** The grids' boundaries (网格边界) and how they are validated. */
    public static class Boundaries {

        /** The boundaries: GeoJSON FeatureCollection whose features carry the tree's node ids (docs/formats/geojson.md). */
        private Resource file;

        /** Polygons (GeoJSON) inside which gaps are not reported: lakes, unassigned land. */
        private Resource allowedGaps;

        /** Coordinates are projected metres, not lon/lat WGS84. */
        private boolean projected;

        /** Cluster tolerance in metres: vertices and edges closer than this are snapped together before the checks; 0 = exact. */
        private double toleranceMetres = 0.5;

        /** Pieces smaller than this many m² are warnings, not errors. */
        private double minAreaM2 = 1.0;

        /** Stop the application at start-up (and refuse a reload) when the boundaries have an ERROR violation. */
        private boolean failOnError;

        /**
         * Bound of the as-of cache (AsOfBoundaries, with Caffeine on the class path): the vertices of all
         * cached days' boundaries together; 0 caches nothing.
         */
        private long asOfCacheVertices = 5_000_000L;

        /** {@return the GeoJSON boundaries, or null} */
        public Resource getFile() {
            return file;
        }

        /** @param file the GeoJSON boundaries */
        public void setFile(Resource file) {
            this.file = file;
        }

        /** {@return the allowed gaps, or null} */
        public Resource getAllowedGaps() {
            return allowedGaps;
        }

        /** @param allowedGaps the allowed gaps (GeoJSON polygons) */
        public void setAllowedGaps(Resource allowedGaps) {
            this.allowedGaps = allowedGaps;
        }

        /** {@return whether coordinates are projected metres} */
        public boolean isProjected() {
            return projected;
        }

        /** @param projected whether coordinates are projected metres */
        public void setProjected(boolean projected) {
            this.projected = projected;
        }

        /** {@return the cluster tolerance in metres} */
        public double getToleranceMetres() {
            return toleranceMetres;
        }

        /** @param toleranceMetres the cluster tolerance in metres */
        public void setToleranceMetres(double toleranceMetres) {
            this.toleranceMetres = toleranceMetres;
        }

        /** {@return the area below which pieces are warnings} */
        public double getMinAreaM2() {
            return minAreaM2;
        }

        /** @param minAreaM2 the area below which pieces are warnings */
        public void setMinAreaM2(double minAreaM2) {
            this.minAreaM2 = minAreaM2;
        }

        /** {@return the bound of the as-of cache, in vertices} */
        public long getAsOfCacheVertices() {
            return asOfCacheVertices;
        }

        /** @param asOfCacheVertices the bound of the as-of cache, in vertices; 0 caches nothing */
        public void setAsOfCacheVertices(long asOfCacheVertices) {
            this.asOfCacheVertices = asOfCacheVertices;
        }

        /** {@return whether an ERROR violation stops start-up and reloads} */
        public boolean isFailOnError() {
            return failOnError;
        }

        /** @param failOnError whether an ERROR violation stops start-up and reloads */
        public void setFailOnError(boolean failOnError) {
            this.failOnError = failOnError;
        }
    }

    /** Duty templates (职责模板). */
    public static class Duties {

        /** Duty template presets to use, by id (s1-civilised-city, s3-worker-duties, ...). */
        private List<String> presets = new ArrayList<>();

        /** Duty template files (docs/formats/duties.md), read after the presets. */
        private List<Resource> templates = new ArrayList<>();

        /** {@return the preset ids} */
        public List<String> getPresets() {
            return presets;
        }

        /** @param presets the preset ids */
        public void setPresets(List<String> presets) {
            this.presets = presets == null ? new ArrayList<>() : new ArrayList<>(presets);
        }

        /** {@return the template files} */
        public List<Resource> getTemplates() {
            return templates;
        }

        /** @param templates the template files */
        public void setTemplates(List<Resource> templates) {
            this.templates = templates == null ? new ArrayList<>() : new ArrayList<>(templates);
        }
    }

    /** The work calendar (工作日历): weekend, holidays, 调休, working hours, time zone. */
    public static class Calendar {

        /** The calendar file (docs/formats/calendar.md). Default: Monday to Friday, 09:00-12:00 and 13:30-17:30, Asia/Shanghai. */
        private Resource file;

        /** {@return the calendar file, or null} */
        public Resource getFile() {
            return file;
        }

        /** @param file the calendar file */
        public void setFile(Resource file) {
            this.file = file;
        }
    }

    /** Case categories (案件类别) and their time limits. */
    public static class Cases {

        /** A categories file (docs/formats/cases.md), added to the presets. */
        private Resource categories;

        /** Start from the 19 preset categories (GB/T 30428.2, S3, S8). */
        private boolean presets = true;

        /** {@return the categories file, or null} */
        public Resource getCategories() {
            return categories;
        }

        /** @param categories the categories file */
        public void setCategories(Resource categories) {
            this.categories = categories;
        }

        /** {@return whether the preset categories are used} */
        public boolean isPresets() {
            return presets;
        }

        /** @param presets whether the preset categories are used */
        public void setPresets(boolean presets) {
            this.presets = presets;
        }
    }

    /** The assessment scheme (考核方案). */
    public static class Scoring {

        /**
         * The scheme: a preset id (grid-worker-monthly, city-management, plant-safety-monthly, ...) or a
         * scheme file location (docs/formats/scheme.md).
         */
        private String scheme = "";

        /** {@return the scheme's preset id or location, empty for none} */
        public String getScheme() {
            return scheme;
        }

        /** @param scheme a preset id or a scheme file location */
        public void setScheme(String scheme) {
            this.scheme = scheme == null ? "" : scheme.trim();
        }
    }
}
