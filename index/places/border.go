package places

import (
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// mali.tsv is Mali's border as a polygon, to tell a location in Mali from
// one abroad.
//
//go:embed mali.tsv
var maliTSV string

// A Border is a country's outline: a closed polygon of (lat, lon) points.
type Border [][2]float64

var mali = must(ParseBorder(maliTSV))

// Mali returns Mali's border.
func Mali() Border { return mali }

// ParseBorder reads a border file: comment lines (#), a "lat lon" header,
// then one point per line; at least three points.
func ParseBorder(tsv string) (Border, error) {
	rs, err := rows(tsv, 2)
	if err != nil {
		return nil, fmt.Errorf("places: border %w", err)
	}
	if len(rs) == 0 || rs[0].cols[0] != "lat" || rs[0].cols[1] != "lon" {
		return nil, errors.New(`places: border: the first line must be the header "lat\tlon"`)
	}
	var b Border
	for _, r := range rs[1:] {
		y, err1 := strconv.ParseFloat(r.cols[0], 64)
		x, err2 := strconv.ParseFloat(r.cols[1], 64)
		if err1 != nil || err2 != nil || y < -90 || y > 90 || x < -180 || x > 180 {
			return nil, fmt.Errorf("places: border line %d: %q is not a lat, lon point", r.line, strings.Join(r.cols, "\t"))
		}
		b = append(b, [2]float64{y, x})
	}
	if len(b) < 3 {
		return nil, fmt.Errorf("places: border has %d points, want 3 or more", len(b))
	}
	return b, nil
}

// Contains reports whether a point is inside the border (ray casting: a
// ray from the point crosses the outline an odd number of times). The
// outline is small and far from the poles and the date line, so degrees
// are used as plane coordinates.
func (b Border) Contains(lat, lon float64) bool {
	in := false
	for i, j := 0, len(b)-1; i < len(b); j, i = i, i+1 {
		yi, xi, yj, xj := b[i][0], b[i][1], b[j][0], b[j][1]
		if (yi > lat) != (yj > lat) && lon < (xj-xi)*(lat-yi)/(yj-yi)+xi {
			in = !in
		}
	}
	return in
}
