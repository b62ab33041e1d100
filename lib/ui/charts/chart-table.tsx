// The visually hidden data table every chart carries, so screen-reader users get the numbers.
export interface ChartDatum {
  label: string;
  value: number;
  display?: string;
}

export function ChartTable({ caption, columns, rows }: { caption: string; columns: [string, string]; rows: ChartDatum[] }) {
  return (
    <table className="sr-only">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{columns[0]}</th>
          <th scope="col">{columns[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${r.label}-${i}`}>
            <th scope="row">{r.label}</th>
            <td>{r.display ?? r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
