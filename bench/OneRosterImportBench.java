import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Times a OneRoster 1.2 CSV import of the full size through the real upload page: registers N schools in a
 * district over the JSON API (a personal token made through the account page), writes a deterministic set of
 * 500 students, 30 staff and 15 classes per school with each student in 10 classes (N = 200: 100 000 students,
 * 6 000 staff, 3 000 classes, 1 000 000 student enrolments plus the teachers'), uploads it to
 * /roster/imports/oneroster and polls the run page until it ends. Loopback only.
 * Usage: java bench/OneRosterImportBench.java http://127.0.0.1:18080 <districtId> [schools] [series] [user] [password]
 */
public class OneRosterImportBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int STUDENTS = 500;
    private static final int STAFF = 30;
    private static final int CLASSES = 15;
    private static final int CLASSES_PER_STUDENT = 10;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String district = args[1];
        int schools = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int series = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        String user = args.length > 4 ? args[4] : "city.admin";
        String password = args.length > 5 ? args[5] : "EduCloud2026";
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.")) {
            throw new IllegalArgumentException("loopback only");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        login(client, base, user, password);
        String token = token(client, base);
        List<String> codes = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            String code = String.format("8%02d%07d", series, s);
            codes.add(code);
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/orgs/" + district
                            + "/schools")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"基准学校" + series + "-" + s + "\",\"schoolCode\":\""
                            + code + "\",\"stages\":[\"PRIMARY\"],\"locality\":\"" + (s % 3 == 0 ? "RURAL" : "URBAN")
                            + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201 && created.statusCode() != 200) {
                throw new IllegalStateException("school " + code + ": " + created.statusCode() + " " + created.body());
            }
        }
        Path zip = Files.createTempFile("oneroster-bench", ".zip");
        long[] rows = write(zip, codes, series);
        System.out.printf("set: %d schools, %d students, %d staff, %d classes, %d enrollment rows, zip %.1f MB%n",
                schools, rows[0], rows[1], rows[2], rows[3], Files.size(zip) / 1e6);

        String uploadToken = csrf(client, base + "/roster/imports/oneroster?org=" + district);
        String boundary = "----educloudbench" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + uploadToken
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create(base + "/roster/imports/oneroster?org=" + district))
                .timeout(Duration.ofMinutes(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(zip), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
        String run = response.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException("upload answered " + response.statusCode()));
        HttpResponse<String> page;
        do {
            Thread.sleep(500);
            page = client.send(HttpRequest.newBuilder(URI.create(base).resolve(run)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } while (page.body().contains("id=\"import-progress\""));
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean applied = page.body().contains("id=\"import-outcome\"") && page.body().contains("class=\"notice\"");
        System.out.printf("import: %.1f s end to end (upload, both passes, commit), %s (%s)%n", seconds,
                applied ? "APPLIED" : "NOT APPLIED", run);
        Files.delete(zip);
    }

    /** Returns {students, staff, classes, enrollment rows}. */
    static long[] write(Path file, List<String> codes, int series) throws IOException {
        long students = 0;
        long staff = 0;
        long classes = 0;
        long enrollments = 0;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "manifest.csv", "propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\n"
                    + "file.orgs,bulk\nfile.academicSessions,bulk\nfile.courses,absent\nfile.classes,bulk\n"
                    + "file.users,bulk\nfile.roles,bulk\nfile.enrollments,bulk\nfile.demographics,bulk\n");
            StringBuilder orgs = new StringBuilder("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n");
            for (int s = 0; s < codes.size(); s++) {
                orgs.append("sch").append(s).append(",,,基准学校,school,").append(codes.get(s)).append(",\n");
            }
            entry(zip, "orgs.csv", orgs.toString());
            entry(zip, "academicSessions.csv", "sourcedId,status,dateLastModified,title,type,startDate,endDate,"
                    + "parentSourcedId,schoolYear\nt1,,,2026-2027 第一学期,term,2026-09-01,2027-01-24,,2027\n");
            StringBuilder cls = new StringBuilder("sourcedId,status,dateLastModified,title,grades,courseSourcedId,"
                    + "classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n");
            for (int s = 0; s < codes.size(); s++) {
                for (int c = 0; c < CLASSES; c++) {
                    cls.append("c").append(s).append('-').append(c).append(",,,").append(c < 6 ? "四年级(" : "四年级选修(")
                            .append(c + 1).append(")班,04,,,").append(c < 6 ? "homeroom" : "scheduled").append(",,sch")
                            .append(s).append(",t1,数学,,\n");
                    classes++;
                }
            }
            entry(zip, "classes.csv", cls.toString());
            zip.putNextEntry(new ZipEntry("users.csv"));
            OutputStream users = zip;
            write(users, "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,"
                    + "middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,"
                    + "resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,"
                    + "primaryOrgSourcedId,pronouns,metadata.educloud.qualification,metadata.educloud.title\n");
            String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵"};
            for (int s = 0; s < codes.size(); s++) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < STUDENTS; i++) {
                    b.append("s").append(s).append('-').append(i).append(",,,true,,,同学").append(i).append(',')
                            .append(surnames[i % 8]).append(",,").append(studentNumber(series, s, i))
                            .append(",,,,,04,,,,,,,sch").append(s).append(",,,\n");
                    students++;
                }
                for (int i = 0; i < STAFF; i++) {
                    b.append("f").append(s).append('-').append(i).append(",,,true,,,老师").append(i).append(',')
                            .append(surnames[i % 8]).append(",,T").append(i).append(",,,,,,,,,,,,sch").append(s)
                            .append(",,BACHELOR,SECOND\n");
                    staff++;
                }
                write(users, b.toString());
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("roles.csv"));
            write(zip, "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,"
                    + "userProfileSourcedId\n");
            for (int s = 0; s < codes.size(); s++) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < STUDENTS; i++) {
                    b.append("rs").append(s).append('-').append(i).append(",,,s").append(s).append('-').append(i)
                            .append(",primary,student,,,sch").append(s).append(",\n");
                }
                for (int i = 0; i < STAFF; i++) {
                    b.append("rf").append(s).append('-').append(i).append(",,,f").append(s).append('-').append(i)
                            .append(",primary,teacher,,,sch").append(s).append(",\n");
                }
                write(zip, b.toString());
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("demographics.csv"));
            write(zip, "sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,"
                    + "blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,"
                    + "hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,"
                    + "publicSchoolResidenceStatus\n");
            for (int s = 0; s < codes.size(); s++) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < STUDENTS; i++) {
                    b.append('s').append(s).append('-').append(i).append(",,,2016-").append(String.format("%02d-%02d",
                            1 + i % 12, 1 + i % 28)).append(i % 2 == 0 ? ",male" : ",female").append(",,,,,,,,,,,\n");
                }
                for (int i = 0; i < STAFF; i++) {
                    b.append('f').append(s).append('-').append(i).append(",,,,").append(i % 3 == 0 ? "male" : "female")
                            .append(",,,,,,,,,,,\n");
                }
                write(zip, b.toString());
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("enrollments.csv"));
            write(zip, "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,"
                    + "beginDate,endDate\n");
            for (int s = 0; s < codes.size(); s++) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < STUDENTS; i++) {
                    for (int k = 0; k < CLASSES_PER_STUDENT; k++) {
                        // One of six homeroom classes, then all nine scheduled (teaching) classes.
                        int c = k == 0 ? i % 6 : 5 + k;
                        b.append("e").append(s).append('-').append(i).append('-').append(k).append(",,,c").append(s)
                                .append('-').append(c).append(",sch").append(s).append(",s").append(s).append('-')
                                .append(i).append(",student,false,,\n");
                        enrollments++;
                    }
                }
                for (int c = 0; c < CLASSES; c++) {
                    b.append("h").append(s).append('-').append(c).append(",,,c").append(s).append('-').append(c)
                            .append(",sch").append(s).append(",f").append(s).append('-').append(c)
                            .append(",teacher,true,,\n");
                    b.append("t").append(s).append('-').append(c).append(",,,c").append(s).append('-').append(c)
                            .append(",sch").append(s).append(",f").append(s).append('-').append(15 + c)
                            .append(",teacher,false,,\n");
                    enrollments += 2;
                }
                write(zip, b.toString());
            }
            zip.closeEntry();
        }
        return new long[] {students, staff, classes, enrollments};
    }

    /** A letter and 18 digits, unique per series, school and student. */
    static String studentNumber(int series, int school, int i) {
        return String.format("B%02d%03d%013d", series, school, i);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, content);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void login(HttpClient client, String base, String user, String password) throws Exception {
        String token = csrf(client, base + "/login");
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password)
                        + "&_csrf=" + enc(token))).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/home")) {
            throw new IllegalStateException("login failed");
        }
    }

    private static String token(HttpClient client, String base) throws Exception {
        String csrf = csrf(client, base + "/account/tokens");
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/account/tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=bench&validDays=1&scope=READ_WRITE&_csrf=" + enc(csrf))).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher secret = Pattern.compile("id=\"token-secret\">(ecpat_[A-Za-z0-9]+)<").matcher(created.body());
        if (!secret.find()) {
            throw new IllegalStateException("no token in the page");
        }
        return secret.group(1);
    }

    private static String csrf(HttpClient client, String url) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token at " + url + " (" + page.statusCode() + ")");
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
