import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserRowControls } from '@/components/admin/user-row-controls';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { pageData } from '@/lib/actions/page-data';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { listUsers } from '@/lib/users/queries';
import { createUserAction, unlockSignInAction, updateUserAction } from './actions';

export const metadata: Metadata = { title: 'Users' };

const roles = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

export default async function UsersPage() {
  const actor = await requireActor();
  const users = pageData(() => listUsers(actor));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
      <Card>
        <CardHeader>
          <CardTitle>Add a user</CardTitle>
        </CardHeader>
        <CardContent>
          <CreateUserForm action={createUserAction} roles={roles} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Everyone ({users.length})</CardTitle>
        </CardHeader>
        <CardContent>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Email</TableHead>
                <TableHead>Team</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Role and access</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {users.map((u) => (
                <TableRow key={u.id} data-testid={`user-${u.email}`}>
                  <TableCell className="font-medium">{u.name}</TableCell>
                  <TableCell>{u.email}</TableCell>
                  <TableCell>{u.team ?? '–'}</TableCell>
                  <TableCell>{u.active ? <Badge variant="success">active</Badge> : <Badge variant="outline">deactivated</Badge>}</TableCell>
                  <TableCell>
                    <UserRowControls
                      user={u}
                      roles={roles}
                      isSelf={u.id === actor.id}
                      action={updateUserAction.bind(null, u.id)}
                      unlock={unlockSignInAction.bind(null, u.id)}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </div>
  );
}
