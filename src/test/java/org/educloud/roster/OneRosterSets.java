package org.educloud.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** OneRoster 1.2 CSV sets as the import tests write and read them: the files' headers, a manifest, zip and unzip. */
final class OneRosterSets {

    static final String USERS = "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,"
            + "familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,"
            + "resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,"
            + "pronouns,metadata.educloud.qualification,metadata.educloud.title";
    static final String ROLES = "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,"
            + "endDate,orgSourcedId,userProfileSourcedId";
    static final String DEMOGRAPHICS = "sourcedId,status,dateLastModified,birthDate,sex,"
            + "americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,"
            + "demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,"
            + "cityOfBirth,publicSchoolResidenceStatus";
    static final String ENROLLMENTS = "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,"
            + "userSourcedId,role,primary,beginDate,endDate";
    static final String CLASSES = "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,"
            + "classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods";

    private OneRosterSets() {
    }

    /** A manifest naming the people files (orgs … demographics) and enrolments as bulk, delta or absent. */
    static String manifest(String people, String enrollments) {
        StringBuilder m = new StringBuilder("propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\n");
        for (String f : new String[] {"orgs", "academicSessions", "courses", "classes", "users", "roles",
                "demographics"}) {
            m.append("file.").append(f).append(',').append(people).append('\n');
        }
        m.append("file.enrollments,").append(enrollments).append('\n');
        return m.toString();
    }

    /** The files, in order, as one zip (UTF-8 text). */
    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A zip's files by name, in order, as UTF-8 text. */
    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
