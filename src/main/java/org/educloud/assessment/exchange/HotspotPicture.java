package org.educloud.assessment.exchange;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The picture of a QTI hotspot interaction with its areas drawn on it, each lettered A, B, … as the options of the
 * choice item it becomes. A student then picks a letter, on a phone as on a whiteboard, and the item needs nothing
 * the bank's HTML does not allow (no positioned overlays, no image maps). Coordinates are the QTI ones: pixels of
 * the picture as the item sizes it ({@code width}/{@code height} of the object), scaled to the file's own size.
 */
final class HotspotPicture {

    /** Larger pictures are refused before they are decoded: 25 megapixels is 100 MB of memory as RGBA. */
    static final long MAX_PIXELS = 25_000_000L;

    private static final Color LINE = new Color(0xD6, 0x33, 0x6C);

    /** One area: its letter, QTI's shape ({@code rect}, {@code circle}, {@code ellipse}, {@code poly}), coords. */
    record Area(String letter, String shape, String coords) {
    }

    /** Why the picture cannot be drawn on: a message key and what it concerns. */
    static final class Unusable extends Exception {

        private final String messageKey;
        private final String detail;

        Unusable(String messageKey, String detail) {
            super(messageKey + " " + detail, null, false, false);
            this.messageKey = messageKey;
            this.detail = detail;
        }

        String messageKey() {
            return messageKey;
        }

        String detail() {
            return detail;
        }
    }

    private HotspotPicture() {
    }

    /** Whether every area can be drawn: its shape known and its coordinates numbers, checked without a picture. */
    static void check(List<Area> areas) throws Unusable {
        for (Area area : areas) {
            shape(area, 1, 1, 1, 1);
        }
    }

    /**
     * The width and height the picture's header declares, read without decoding it; a picture over
     * {@link #MAX_PIXELS} or none a reader knows is refused here.
     */
    static Dimension size(byte @Nullable [] picture) throws Unusable {
        return read(picture, false).size();
    }

    /** The picture decoded, refused before decoding when its header declares more than {@link #MAX_PIXELS}. */
    static BufferedImage decoded(byte @Nullable [] picture) throws Unusable {
        return Objects.requireNonNull(read(picture, true).image());
    }

    /** The picture as PNG with every area outlined and lettered at its centre; {@code source} is left as it was. */
    static byte[] marked(BufferedImage source, List<Area> areas, int declaredWidth, int declaredHeight)
            throws Unusable {
        int width = source.getWidth();
        int height = source.getHeight();
        double sx = declaredWidth > 0 ? (double) width / declaredWidth : 1;
        double sy = declaredHeight > 0 ? (double) height / declaredHeight : 1;
        BufferedImage marked = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = marked.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float line = Math.max(2f, Math.min(width, height) / 150f);
            double radius = Math.max(9, Math.min(width, height) / 22.0);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(radius * 1.2)));
            for (Area area : areas) {
                Shape shape = shape(area, sx, sy, width, height);
                g.setStroke(new BasicStroke(line * 2.2f));
                g.setColor(Color.WHITE);
                g.draw(shape);
                g.setStroke(new BasicStroke(line));
                g.setColor(LINE);
                g.draw(shape);
                label(g, area.letter(), shape.getBounds2D(), radius, width, height);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(marked, "png", png);
        } catch (IOException e) {
            throw new Unusable("assessment.exchange.hotspotPicture", "png");
        }
        return png.toByteArray();
    }

    private record Read(Dimension size, @Nullable BufferedImage image) {
    }

    private static Read read(byte @Nullable [] picture, boolean decode) throws Unusable {
        if (picture == null) {
            throw new Unusable("assessment.exchange.hotspotPicture", "");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(picture))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new Unusable("assessment.exchange.hotspotPicture", "");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new Unusable("assessment.exchange.hotspotPicture", width + "×" + height);
                }
                return new Read(new Dimension(width, height), decode ? reader.read(0) : null);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Unusable("assessment.exchange.hotspotPicture", "");
        }
    }

    private static Shape shape(Area area, double sx, double sy, int width, int height) throws Unusable {
        String shape = Qti.lower(area.shape());
        if (shape.equals("default")) {
            return new Rectangle2D.Double(0, 0, width - 1, height - 1);
        }
        double[] c = coordinates(area);
        return switch (shape) {
            case "rect" -> c.length == 4 ? new Rectangle2D.Double(Math.min(c[0], c[2]) * sx,
                    Math.min(c[1], c[3]) * sy, Math.abs(c[2] - c[0]) * sx, Math.abs(c[3] - c[1]) * sy) : bad(area);
            case "circle" -> c.length == 3 ? new Ellipse2D.Double((c[0] - c[2]) * sx, (c[1] - c[2]) * sy,
                    2 * c[2] * sx, 2 * c[2] * sy) : bad(area);
            case "ellipse" -> c.length == 4 ? new Ellipse2D.Double((c[0] - c[2]) * sx, (c[1] - c[3]) * sy,
                    2 * c[2] * sx, 2 * c[3] * sy) : bad(area);
            case "poly" -> polygon(area, c, sx, sy);
            default -> bad(area);
        };
    }

    private static Shape polygon(Area area, double[] c, double sx, double sy) throws Unusable {
        if (c.length < 6 || c.length % 2 != 0) {
            return bad(area);
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(c[0] * sx, c[1] * sy);
        for (int i = 2; i < c.length; i += 2) {
            path.lineTo(c[i] * sx, c[i + 1] * sy);
        }
        path.closePath();
        return path;
    }

    private static double[] coordinates(Area area) throws Unusable {
        String[] parts = area.coords().strip().split("\\s*,\\s*");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                // percentages (an HTML image-map form some tools write) are not QTI's: refused like any other text
                values[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                values[i] = Double.NaN;
            }
            if (!Double.isFinite(values[i]) || values[i] < 0) {
                return bad(area);
            }
        }
        return values;
    }

    private static <T> T bad(Area area) throws Unusable {
        throw new Unusable("assessment.exchange.hotspotShape", area.letter() + " " + area.shape() + " "
                + area.coords());
    }

    /** The letter in a filled disc at the area's centre, kept inside the picture. */
    private static void label(Graphics2D g, String letter, Rectangle2D bounds, double radius, int width, int height) {
        double x = Math.clamp(bounds.getCenterX(), radius, Math.max(radius, width - radius));
        double y = Math.clamp(bounds.getCenterY(), radius, Math.max(radius, height - radius));
        g.setColor(LINE);
        g.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(Math.max(1.5f, (float) radius / 8)));
        g.draw(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(letter, (float) (x - metrics.stringWidth(letter) / 2.0),
                (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0));
    }
}
