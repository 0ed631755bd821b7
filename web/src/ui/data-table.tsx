import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { TableScroll } from '@web/ui/table-scroll';

/** One column: how to show a cell and, when the column is sortable, the value to sort by. */
export type TColumn<T> = {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Makes the column sortable (client-side unless the table is given `onSortChange`). */
  sortValue?: (row: T) => string | number | null | undefined;
  /** Server-sorted tables: the column may be sorted even without `sortValue`. */
  sortable?: boolean;
  /** The cell names its row for screen readers (usually the title column). */
  isRowHeader?: boolean;
  /** Numbers and money align right. */
  align?: 'start' | 'end';
};

export type TSortDirection = 'ascending' | 'descending';
export type TSort = { columnId: string; direction: TSortDirection };

type TDataTableProps<T> = {
  /** Names the table for screen readers; visible unless `captionHidden`. */
  caption: ReactNode;
  captionHidden?: boolean;
  /** Names the scroll region by an element's id, when the caption is not plain text. */
  regionLabelledBy?: string;
  columns: readonly TColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Controlled sorting (server-sorted lists); leave out to sort in the browser. */
  sort?: TSort | null;
  onSortChange?: (sort: TSort) => void;
  initialSort?: TSort;
  emptyText?: ReactNode;
};

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

function compare(a: string | number | null | undefined, b: string | number | null | undefined): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1; // blanks last
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * A semantic table with a caption; sortable columns have a button in the header and `aria-sort`
 * on the current one, so the sort order is announced and not shown by an arrow alone.
 */
export function DataTable<T>({ caption, captionHidden, regionLabelledBy, columns, rows, rowKey, sort, onSortChange, initialSort, emptyText }: TDataTableProps<T>) {
  const { t } = useTranslation();
  const [localSort, setLocalSort] = useState<TSort | null>(initialSort ?? null);
  const isControlled = onSortChange !== undefined;
  const current = isControlled ? (sort ?? null) : localSort;

  const sortedRows = useMemo(() => {
    const column = columns.find((c) => c.id === current?.columnId);
    if (isControlled || !current || !column?.sortValue) return rows;
    const sign = current.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => sign * compare(column.sortValue!(a), column.sortValue!(b)));
  }, [rows, columns, current, isControlled]);

  const handleSort = (columnId: string) => {
    const direction: TSortDirection = current?.columnId === columnId && current.direction === 'ascending' ? 'descending' : 'ascending';
    if (isControlled) onSortChange({ columnId, direction });
    else setLocalSort({ columnId, direction });
  };

  // A named, focusable region so keyboard users can scroll a wide table sideways on narrow screens.
  return (
    <TableScroll label={typeof caption === 'string' ? caption : undefined} labelledBy={regionLabelledBy}>
      <Table zebra border>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <TableHead>
          <TableRow>
            {columns.map((column) => {
              const sortable = Boolean(column.sortValue) || Boolean(column.sortable && isControlled);
              const state = current?.columnId === column.id ? current.direction : 'none';
              return (
                <TableHeaderCell
                  key={column.id}
                  scope="col"
                  className={column.align === 'end' ? 'align-end' : undefined}
                  sort={sortable ? state : undefined}
                  onClick={sortable ? () => handleSort(column.id) : undefined}
                >
                  {column.header}
                </TableHeaderCell>
              );
            })}
          </TableRow>
        </TableHead>
        <TableBody>
          {sortedRows.length === 0 && (
            <TableRow>
              <TableCell colSpan={columns.length}>{emptyText ?? t('table.noRows')}</TableCell>
            </TableRow>
          )}
          {sortedRows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column) => {
                const className = column.align === 'end' ? 'align-end' : undefined;
                return column.isRowHeader ? (
                  <th key={column.id} scope="row" className={className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <TableCell key={column.id} className={className}>
                    {column.cell(row)}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
