import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times a student import through the real upload page: generates a valid CSV of N students (deterministic),
 * logs in as a school admin, uploads it, and reports rows per second. Loopback only.
 * Usage: java bench/ImportBench.java http://127.0.0.1:18080 <schoolId> <rows> [username] [password]
 */
public class ImportBench {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String school = args[1];
        int rows = Integer.parseInt(args[2]);
        String user = args.length > 3 ? args[3] : "shiyan.admin";
        String password = args.length > 4 ? args[4] : "EduCloud2026";
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.")) {
            throw new IllegalArgumentException("loopback only");
        }
        byte[] csv = generate(rows, Integer.parseInt(args.length > 5 ? args[5] : "1"));
        boolean xlsx = "xlsx".equals(System.getProperty("format"));
        if (xlsx) {
            csv = xlsx(new String(csv, StandardCharsets.UTF_8));
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String token = csrf(client, base + "/login");
        send(client, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password)
                        + "&_csrf=" + enc(token))).build());
        String uploadToken = csrf(client, base + "/roster/imports/students?school=" + school);
        String boundary = "----educloudbench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + uploadToken
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench." + (xlsx ? "xlsx" : "csv")
                + "\"\r\nContent-Type: " + (xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(csv);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create(base + "/roster/imports/students?school=" + school))
                .timeout(Duration.ofMinutes(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        String run = response.headers().firstValue("Location").orElse("?");
        // The import runs in the background: poll its page, as the browser does, until it is no longer running.
        HttpResponse<String> page;
        do {
            Thread.sleep(200);
            page = client.send(HttpRequest.newBuilder(URI.create(base).resolve(run)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } while (page.body().contains("id=\"import-progress\""));
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean applied = page.body().contains("id=\"import-outcome\"") && page.body().contains("class=\"notice\"");
        System.out.printf("rows %d, %.2f MB, %.1f s, %.0f rows/s, %s (%s)%n", rows, csv.length / 1e6, seconds,
                rows / seconds, applied ? "APPLIED" : "NOT APPLIED", run);
    }

    static byte[] generate(int rows, int series) {
        StringBuilder out = new StringBuilder("姓名,性别,出生日期,民族,全国学籍号,身份证号,班级,住校生,留守儿童,随迁子女,残疾学生,家庭经济困难\r\n");
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵"};
        for (int i = 0; i < rows; i++) {
            String first17 = String.format("3601%02d2017%02d%02d%03d", series, 1 + i % 12, 1 + i % 28, i % 1000);
            first17 = first17.substring(0, 14) + String.format("%03d", (i / 336) % 1000);
            String id = first17 + check(first17);
            String number = "L" + String.format("%02d", series) + String.format("%016d", i);
            out.append(surnames[i % surnames.length]).append("同学").append(i).append(',')
                    .append(i % 2 == 0 ? "男" : "女").append(',')
                    .append(id, 6, 10).append('-').append(id, 10, 12).append('-').append(id, 12, 14).append(",汉族,")
                    .append(number).append(',').append(id).append(",,否,否,,,\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The same rows as a minimal XLSX workbook (one sheet, inline strings), written by hand so the bench needs no
     * library: what a school's Excel export looks like to the importer's streaming reader.
     */
    static byte[] xlsx(String csv) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\""
                    + "xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
                    + "PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"学生\" sheetId=\"1\" "
                    + "r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                    + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats."
                    + "org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
            part(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fonts count=\"1\"><font/></fonts>"
                    + "<fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders><cellStyleXfs "
                    + "count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            String[] lines = csv.split("\r\n");
            for (int r = 0; r < lines.length; r++) {
                sheet.append("<row r=\"").append(r + 1).append("\">");
                String[] cells = lines[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                                .append(cells[c]).append("</t></is></c>");
                    }
                }
                sheet.append("</row>");
                if (sheet.length() > 1 << 20) {
                    zip.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
                    sheet.setLength(0);
                }
            }
            sheet.append("</sheetData></worksheet>");
            zip.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void part(java.util.zip.ZipOutputStream zip, String name, String xml) throws java.io.IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    static String csrf(HttpClient client, String url) throws Exception {
        Matcher m = CSRF.matcher(client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token at " + url);
        }
        return m.group(1);
    }

    static void send(HttpClient client, HttpRequest request) throws Exception {
        client.send(request, HttpResponse.BodyHandlers.discarding());
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
