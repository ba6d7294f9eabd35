//! The live plot's tests: columns and uploads, the cost per frame, the cached columns.

use super::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_columns_that_changed_are_uploaded() {
        let old = vec![vec![Some((1, 3)), None, Some((2, 2)), Some((0, 4))], vec![None, None, None, None]];
        let mut new = old.clone();
        assert!(changed_runs(&old, &new).is_empty());
        new[0][1] = Some((1, 1));
        new[0][2] = Some((2, 3));
        new[1][3] = Some((4, 4));
        // Columns 1 and 2 of the first series, 3 of the second: one run.
        assert_eq!(changed_runs(&old, &new), vec![1..4]);
        new[0][1] = None;
        new[1][3] = None;
        assert_eq!(changed_runs(&old, &new), vec![2..3]);
    }

    #[test]
    fn a_column_image_holds_each_bar_with_the_later_series_on_top() {
        let red = Color32::RED;
        let blue = Color32::BLUE;
        let rows = vec![vec![Some((0, 2)), Some((1, 1))], vec![Some((2, 3)), None]];
        let image = column_image(&rows, &[red, blue], 0..2, 4);
        let at = |x: usize, y: usize| image.pixels[y * 2 + x];
        assert_eq!([at(0, 0), at(0, 1), at(0, 2), at(0, 3)], [red, red, blue, blue]);
        assert_eq!(
            [at(1, 0), at(1, 1), at(1, 2), at(1, 3)],
            [Color32::TRANSPARENT, red, Color32::TRANSPARENT, Color32::TRANSPARENT]
        );
        // A run of columns starting further right.
        let part = column_image(&rows, &[red, blue], 1..2, 4);
        assert_eq!(part.size, [1, 4]);
        assert_eq!(part.pixels[1], red);
    }

    #[test]
    fn column_bounds_match_a_binary_search_on_uneven_sampling() {
        // 1 kHz with a gap, a burst and a repeated time stamp.
        let mut t: Vec<f64> = (0..3000).map(|i| i as f64 / 1000.0).collect();
        t.extend((0..500).map(|i| 5.0 + i as f64 / 10_000.0));
        t.push(5.05);
        t.extend((0..2000).map(|i| 6.0 + i as f64 / 1000.0));
        for (from, span, columns) in [(0.0, 8.0, 997), (-1.0, 10.0, 50), (2.5, 3.0, 1280), (7.5, 5.0, 10)] {
            let got = column_bounds(&t, from, span, columns);
            for (c, &i) in got.iter().enumerate() {
                let x = from + span * c as f64 / columns as f64;
                assert_eq!(i, t.partition_point(|&v| v < x), "column edge {c} at {x} s");
            }
        }
        assert_eq!(column_bounds(&[], 0.0, 1.0, 4), vec![0; 5]);
    }
}

#[cfg(test)]
mod cost_tests {
    use super::*;

    /// (vertices, triangles, pixels covered counting overlaps) of one frame's meshes.
    fn frame_mesh(seconds: f64) -> (usize, usize, f64) {
        let rec = crate::acquisition::simulated_plate_recording(seconds);
        let ctx = egui::Context::default();
        let input = || egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0))),
            ..Default::default()
        };
        let mut result = (0, 0, 0.0);
        for _ in 0..3 {
            let mut output = ctx.run_ui(input(), |ui| {
                let series: Vec<Series> = (0..2)
                    .map(|c| Series::Recording { recorder: &rec, channel: c, color: Color32::from_rgb(0, 114, 178) })
                    .collect();
                live_plot(ui, 420.0, 0.0, seconds, ForceUnit::Newton, &series, &[]);
            });
            output.textures_delta.clear();
            let prims = ctx.tessellate(output.shapes, output.pixels_per_point);
            let (mut v, mut t, mut area) = (0, 0, 0.0f64);
            for p in prims {
                if let egui::epaint::Primitive::Mesh(m) = p.primitive {
                    v += m.vertices.len();
                    t += m.indices.len() / 3;
                    for tri in m.indices.chunks(3) {
                        let [a, b, c] = [0, 1, 2].map(|k| m.vertices[tri[k] as usize].pos);
                        area += (((b - a).x * (c - a).y - (b - a).y * (c - a).x) as f64).abs() / 2.0;
                    }
                }
            }
            result = (v, t, area);
        }
        result
    }

    #[test]
    fn a_frame_costs_the_same_at_10_s_and_10_min() {
        // What the renderer is handed: vertices to transform and pixels to fill. Both must be
        // flat in the recording's length (the app's own work is the `live_plot` bench).
        let (v10, t10, area10) = frame_mesh(10.0);
        let (v600, t600, area600) = frame_mesh(600.0);
        eprintln!("10 s: {v10} vertices, {t10} triangles, {area10:.0} px; 10 min: {v600}, {t600}, {area600:.0} px");
        assert!((v600 as f64) < 1.05 * v10 as f64 && (t600 as f64) < 1.05 * t10 as f64, "{v10} -> {v600}");
        assert!(area600 < 1.2 * area10, "pixels to fill: {area10:.0} -> {area600:.0}");
    }
}

#[cfg(test)]
mod cache_tests {
    use super::*;
    use crate::acquisition::RecorderConfig;
    use crate::analysis::AnalysisParams;
    use crate::device::codec::SampleBlock;
    use crate::model::Polarity;

    #[test]
    fn columns_kept_between_frames_equal_columns_built_afresh() {
        let mut rec = Recorder::new(RecorderConfig {
            channel_names: vec!["force".into()],
            source_channels: None,
            polarity: Polarity::Positive,
            params: AnalysisParams::default(),
            max_duration_s: 100.0,
        });
        let view = View { recorder: rec.id(), channel: 0, t_from: 0.0, span: 20.0, columns: 333 };
        let mut kept = ColumnCache::default();
        let mut seq = 0;
        // Uneven blocks of a wavy signal at about 997 Hz, samples landing on column edges too.
        for block_len in [1, 7, 300, 2, 999, 4000, 13, 5000] {
            let mut block = SampleBlock::new(1, seq);
            for i in seq..seq + block_len {
                let t = i as f64 / 997.0;
                block.time_s.push(t);
                block.values.push((t * 3.1).sin() * 100.0 + (i % 7) as f64);
            }
            seq = block.end_seq();
            rec.push(&block);
            kept.update(&rec, view);
            let mut fresh = ColumnCache::default();
            fresh.update(&rec, view);
            assert_eq!(kept.raw, fresh.raw, "after {} samples", rec.len());
        }
        // Another recording or another view rebuilds.
        let other = View { span: 30.0, ..view };
        kept.update(&rec, other);
        let mut fresh = ColumnCache::default();
        fresh.update(&rec, other);
        assert_eq!(kept.raw, fresh.raw);
    }

    #[test]
    fn the_time_axis_grows_in_steps() {
        assert_eq!(recording_view_s(0.0), 10.0);
        assert_eq!(recording_view_s(10.0), 10.0);
        assert_eq!(recording_view_s(10.1), 20.0);
        assert_eq!(recording_view_s(61.0), 120.0);
        assert_eq!(recording_view_s(599.0), 600.0);
        assert_eq!(recording_view_s(4000.0), 7200.0);
    }
}
