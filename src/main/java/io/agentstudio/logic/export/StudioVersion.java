package io.agentstudio.logic.export;

/** The studio's version as the jar's manifest gives it; "development" when run from classes. */
public final class StudioVersion {

    private StudioVersion() {
    }

    public static String current() {
        String version = StudioVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
