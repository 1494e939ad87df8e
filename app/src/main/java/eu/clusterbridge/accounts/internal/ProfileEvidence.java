package eu.clusterbridge.accounts.internal;

import java.util.List;

import eu.clusterbridge.taxonomy.TripleHelix;

/**
 * What the applicant declares beside the profile's own figures: that the website is in English and shows
 * current activity, which helices the committed members come from, and the regional or national cluster
 * programme that recognises the organisation (if any: it waives the criteria).
 */
public record ProfileEvidence(boolean englishWebsite, List<TripleHelix> memberHelices, String recognisingProgramme) {

    public ProfileEvidence {
        memberHelices = memberHelices == null ? List.of() : List.copyOf(memberHelices);
        recognisingProgramme = recognisingProgramme == null || recognisingProgramme.isBlank() ? null : recognisingProgramme.strip();
    }

    public static ProfileEvidence none() {
        return new ProfileEvidence(false, List.of(), null);
    }
}
